#include "ServerContract.h"

#include "ApiHttpLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

// GraphQL's lexical grammar, as much of it as reading enum blocks and an
// operation's root fields needs: names and punctuators; strings, block
// strings, numbers, comments, white space and commas are skipped.
struct Token
{
    enum class Kind : quint8 { Name, Punct, End };
    Kind kind = Kind::End;
    QStringView text;
};

class Lexer
{
public:
    explicit Lexer(QStringView source)
        : m_s(source)
    { }

    Token next()
    {
        for (;;) {
            skipIgnored();
            if (m_i >= m_s.size())
                return {};
            const QChar c = m_s[m_i];
            if (c == u'"') {
                skipString();
                continue;
            }
            if (c.isDigit() || c == u'-') {
                while (m_i < m_s.size()
                       && (m_s[m_i].isLetterOrNumber() || m_s[m_i] == u'.' || m_s[m_i] == u'-'
                           || m_s[m_i] == u'+'))
                    ++m_i;
                continue;
            }
            if (isNameStart(c)) {
                const qsizetype start = m_i;
                while (m_i < m_s.size() && isNameContinue(m_s[m_i]))
                    ++m_i;
                return {Token::Kind::Name, m_s.mid(start, m_i - start)};
            }
            if (m_s.mid(m_i).startsWith(u"...")) {
                m_i += 3;
                return {Token::Kind::Punct, QStringView(u"...")};
            }
            ++m_i;
            return {Token::Kind::Punct, m_s.mid(m_i - 1, 1)};
        }
    }

private:
    static bool isNameStart(QChar c)
    {
        return c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    }
    static bool isNameContinue(QChar c) { return isNameStart(c) || (c >= u'0' && c <= u'9'); }

    void skipIgnored()
    {
        while (m_i < m_s.size()) {
            const QChar c = m_s[m_i];
            if (c.isSpace() || c == u',' || c == QChar(0xFEFF)) {
                ++m_i;
            } else if (c == u'#') {
                while (m_i < m_s.size() && m_s[m_i] != u'\n' && m_s[m_i] != u'\r')
                    ++m_i;
            } else {
                return;
            }
        }
    }

    void skipString()
    {
        if (m_s.mid(m_i).startsWith(u"\"\"\"")) {
            m_i += 3;
            while (m_i < m_s.size()) {
                if (m_s.mid(m_i).startsWith(u"\\\"\"\"")) {
                    m_i += 4;
                } else if (m_s.mid(m_i).startsWith(u"\"\"\"")) {
                    m_i += 3;
                    return;
                } else {
                    ++m_i;
                }
            }
            return;
        }
        ++m_i;
        while (m_i < m_s.size() && m_s[m_i] != u'"' && m_s[m_i] != u'\n') {
            if (m_s[m_i] == u'\\')
                ++m_i;
            ++m_i;
        }
        ++m_i;
    }

    QStringView m_s;
    qsizetype m_i = 0;
};

bool isPunct(const Token &t, char16_t c)
{
    return t.kind == Token::Kind::Punct && t.text.size() == 1 && t.text[0] == QChar(c);
}

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcApiHttp) << "missing compiled-in resource" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

QList<std::pair<QString, QString>> ServerContract::enumNames()
{
    // The enums the app decodes (api/BotTypes, api/DiscordTypes), and their
    // aliases in api/operations/ServerCapabilities.graphql.
    return {{QStringLiteral("Platform"), QStringLiteral("platform")},
            {QStringLiteral("BotStatus"), QStringLiteral("botStatus")},
            {QStringLiteral("DiscordChannelType"), QStringLiteral("channelType")},
            {QStringLiteral("DiscordGuildEventKind"), QStringLiteral("guildEventKind")}};
}

QString ServerContract::typeName(GraphQLRequest::OperationType type)
{
    switch (type) {
    case GraphQLRequest::OperationType::Query:
        return QStringLiteral("Query");
    case GraphQLRequest::OperationType::Mutation:
        return QStringLiteral("Mutation");
    case GraphQLRequest::OperationType::Subscription:
        return QStringLiteral("Subscription");
    case GraphQLRequest::OperationType::Unknown:
        break;
    }
    return {};
}

QList<std::pair<QString, QStringList>> ServerContract::enumsInSchema(const QString &sdl)
{
    QList<std::pair<QString, QStringList>> out;
    Lexer lexer(sdl);
    Token t = lexer.next();
    while (t.kind != Token::Kind::End) {
        // "enum Name @directive(...) { VALUE @deprecated(reason: "...") ... }"
        // ("extend enum" adds values to an enum declared before).
        if (t.kind != Token::Kind::Name || t.text != u"enum") {
            t = lexer.next();
            continue;
        }
        const Token name = lexer.next();
        if (name.kind != Token::Kind::Name)
            break;
        t = lexer.next();
        int parens = 0;
        while (t.kind != Token::Kind::End && !(parens == 0 && isPunct(t, u'{'))) {
            if (isPunct(t, u'('))
                ++parens;
            else if (isPunct(t, u')'))
                --parens;
            t = lexer.next(); // directives on the enum itself
        }
        QStringList values;
        if (isPunct(t, u'{')) {
            t = lexer.next();
            bool afterAt = false;
            parens = 0;
            while (t.kind != Token::Kind::End && !(parens == 0 && isPunct(t, u'}'))) {
                if (isPunct(t, u'('))
                    ++parens;
                else if (isPunct(t, u')'))
                    --parens;
                else if (parens == 0 && isPunct(t, u'@'))
                    afterAt = true;
                else if (parens == 0 && t.kind == Token::Kind::Name) {
                    if (!afterAt)
                        values.append(t.text.toString());
                    afterAt = false;
                }
                t = lexer.next();
            }
        }
        const QString key = name.text.toString();
        const auto it =
            std::find_if(out.begin(), out.end(), [&key](const auto &e) { return e.first == key; });
        if (it == out.end())
            out.append({key, values});
        else
            it->second.append(values);
        t = lexer.next();
    }
    return out;
}

QStringList ServerContract::rootFields(const QString &document)
{
    QStringList out;
    Lexer lexer(document);
    Token t = lexer.next();
    // Up to the operation's selection set: "query Name($v: T = {...}) @d {".
    int parens = 0;
    while (t.kind != Token::Kind::End && !(parens == 0 && isPunct(t, u'{'))) {
        if (isPunct(t, u'('))
            ++parens;
        else if (isPunct(t, u')'))
            --parens;
        t = lexer.next();
    }
    if (t.kind == Token::Kind::End)
        return out;
    int depth = 1;
    parens = 0;
    Token previous;
    QString pending; // a name that may still turn out to be an alias
    t = lexer.next();
    while (t.kind != Token::Kind::End && depth > 0) {
        if (isPunct(t, u'(')) {
            ++parens;
        } else if (isPunct(t, u')')) {
            --parens;
        } else if (parens == 0 && isPunct(t, u'{')) {
            ++depth;
        } else if (parens == 0 && isPunct(t, u'}')) {
            --depth;
        } else if (parens == 0 && depth == 1 && t.kind == Token::Kind::Name
                   && !isPunct(previous, u'@')
                   && !(previous.kind == Token::Kind::Punct && previous.text == u"...")) {
            if (isPunct(previous, u':') && !pending.isEmpty()) {
                out.last() = t.text.toString(); // "alias: field"
                pending.clear();
            } else {
                out.append(t.text.toString());
                pending = out.last();
            }
        }
        previous = t;
        t = lexer.next();
    }
    return out;
}

ServerContract ServerContract::parse(const QString &schemaSdl,
                                     const QList<std::pair<QString, QString>> &operations)
{
    ServerContract contract;
    const QList<std::pair<QString, QStringList>> declared = enumsInSchema(schemaSdl);
    for (const auto &[name, alias] : enumNames()) {
        Enum e {name, alias, {}};
        for (const auto &[declaredName, values] : declared) {
            if (declaredName == name)
                e.values = values;
        }
        contract.enums.append(e);
    }
    for (const auto &[name, text] : operations) {
        const GraphQLRequest::OperationType type = GraphQLRequest::detectType(text);
        if (type == GraphQLRequest::OperationType::Unknown)
            continue;
        for (const QString &field : rootFields(text)) {
            if (field.startsWith(QLatin1String("__")))
                continue; // introspection is not an operation of the API
            contract.operations.append({name, type, field});
        }
    }
    std::sort(contract.operations.begin(), contract.operations.end(),
              [](const Operation &a, const Operation &b) {
                  return std::pair(int(a.type), a.field) < std::pair(int(b.type), b.field);
              });
    return contract;
}

const ServerContract &ServerContract::current()
{
    static const ServerContract contract = [] {
        QList<std::pair<QString, QString>> operations;
        const QDir dir(QStringLiteral(":/graphql"));
        const QStringList files =
            dir.entryList({QStringLiteral("*.graphql")}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            operations.append(
                {QFileInfo(file).completeBaseName(), readResource(dir.filePath(file))});
        return parse(readResource(QStringLiteral(":/schema/botcontrol.graphql")), operations);
    }();
    return contract;
}

const ServerContract::Enum *ServerContract::findEnum(const QString &name) const
{
    for (const Enum &e : enums) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}
