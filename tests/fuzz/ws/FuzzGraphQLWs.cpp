// libFuzzer target for the graphql-transport-ws client: the pure message
// parser, and the client's frame handler driven through its test seam in
// both connection phases (waiting for connection_ack, and live with
// subscriptions). Input: byte 0 picks the starting phase, the rest is split
// on '\n' into up to 64 frames.
//
// Invariants checked beyond "no crash, no sanitizer report":
//  - whatever parses, serialises and parses again to the same message;
//  - the client never holds a wire id for a finished subscription.
#include "api/GraphQLWsClient.h"
#include "api/GraphQLWsProtocol.h"
#include "api/GraphQLWsSubscription.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdlib>

// Friend of GraphQLWsClient (declared there): puts a socket-less client into
// a phase and feeds it frames. Sends go nowhere without a socket.
class GraphQLWsTestSeam
{
public:
    static void prepare(GraphQLWsClient &client, bool acknowledged)
    {
        client.m_wanted = false; // a failure goes Offline instead of arming a retry timer
        client.m_phase = GraphQLWsClient::Phase::Initialising;
        if (acknowledged)
            client.onAcknowledged({});
    }
    static bool isIdle(const GraphQLWsClient &client)
    {
        return client.m_phase == GraphQLWsClient::Phase::Idle;
    }
    static void feed(GraphQLWsClient &client, const QByteArray &frame)
    {
        client.handleFrame(frame);
    }
};

namespace {
void checkRoundTrip(const QByteArray &frame)
{
    const GraphQLWsProtocol::ParseResult first = GraphQLWsProtocol::parseMessage(frame);
    if (!first.message)
        return;
    const QByteArray again = GraphQLWsProtocol::serialize(*first.message);
    const GraphQLWsProtocol::ParseResult second = GraphQLWsProtocol::parseMessage(again);
    if (!second.message || second.message->type != first.message->type
        || second.message->id != first.message->id
        || second.message->payload != first.message->payload
        || second.message->errors != first.message->errors)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Timers and QObject plumbing want an application object; logs would
    // drown the fuzzer's output.
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("lumio.api.ws*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool acknowledged = (data[0] & 1) != 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    (void)GraphQLWsProtocol::parseServerMessage(input);
    checkRoundTrip(input);

    GraphQLWsClient client(QUrl(QStringLiteral("ws://127.0.0.1:1/graphql")));
    GraphQLWsSubscription *a = client.subscribe(QStringLiteral("subscription { a }"));
    GraphQLWsSubscription *b = client.subscribe(QStringLiteral("subscription { b }"));
    int delivered = 0;
    for (GraphQLWsSubscription *sub : {a, b}) {
        QObject::connect(sub, &GraphQLWsSubscription::next, &client,
                         [&delivered](const QJsonObject &d) { delivered += int(d.size()); });
        // A receiver that reacts by unsubscribing exercises re-entrancy.
        QObject::connect(sub, &GraphQLWsSubscription::executionError, sub,
                         &GraphQLWsSubscription::unsubscribe);
    }
    GraphQLWsTestSeam::prepare(client, acknowledged);

    const QList<QByteArray> frames = input.split('\n');
    int fed = 0;
    for (const QByteArray &frame : frames) {
        if (++fed > 64)
            break;
        if (GraphQLWsTestSeam::isIdle(client))
            GraphQLWsTestSeam::prepare(client, true); // keep exploring after a protocol close
        GraphQLWsTestSeam::feed(client, frame);
        for (GraphQLWsSubscription *sub : {a, b}) {
            if (sub->isFinished() && !sub->wireId().isEmpty())
                std::abort();
        }
    }
    (void)delivered;
    return 0;
}
