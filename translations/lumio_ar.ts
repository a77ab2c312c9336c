<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountDialog</name>
    <message>
        <source>use this console</source>
        <translation>استخدام وحدة التحكم هذه</translation>
    </message>
    <message>
        <source>see every bot and its status</source>
        <translation>عرض كل البوتات وحالاتها</translation>
    </message>
    <message>
        <source>pause, resume and reconnect bots</source>
        <translation>إيقاف البوتات مؤقتًا واستئنافها وإعادة توصيلها</translation>
    </message>
    <message>
        <source>see Discord guilds</source>
        <translation>عرض خوادم Discord</translation>
    </message>
    <message>
        <source>disconnect Discord guilds</source>
        <translation>فصل خوادم Discord</translation>
    </message>
    <message>
        <source>see Discord channels, roles and feature mappings</source>
        <translation>عرض قنوات Discord وأدواره وتعيينات الميزات</translation>
    </message>
    <message>
        <source>add Discord servers and change feature mappings</source>
        <translation>إضافة خوادم Discord وتغيير تعيينات الميزات</translation>
    </message>
    <message>
        <source>Account and permissions</source>
        <translation>الحساب والصلاحيات</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>مسجّل الدخول باسم:</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>معرّف المستخدم:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <comment>server profile</comment>
        <translation>الملف الشخصي:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;الصلاحيات:</translation>
    </message>
    <message>
        <source>You are a system administrator and hold every permission.</source>
        <translation>أنت مسؤول نظام ولديك كل الصلاحيات.</translation>
    </message>
    <message>
        <source>Read-only: you can look at bots but not pause, resume or reconnect them.</source>
        <translation>للقراءة فقط: يمكنك عرض البوتات لكن لا يمكنك إيقافها مؤقتًا أو استئنافها أو إعادة توصيلها.</translation>
    </message>
    <message>
        <source>You can pause, resume and reconnect bots.</source>
        <translation>يمكنك إيقاف البوتات مؤقتًا واستئنافها وإعادة توصيلها.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>permission: what it allows</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tool tip: action description (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <comment>shortcut help: actions available on every page</comment>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>Bots</source>
        <comment>page name</comment>
        <translation>البوتات</translation>
    </message>
    <message>
        <source>Discord guilds</source>
        <comment>page name</comment>
        <translation>خوادم Discord</translation>
    </message>
    <message>
        <source>Triage log</source>
        <comment>page name</comment>
        <translation>سجل الفرز</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <comment>tool tip of an action the server does not offer</comment>
        <translation>غير متاح: %1</translation>
    </message>
</context>
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Add Discord Server</source>
        <translation>إضافة خادم Discord</translation>
    </message>
    <message>
        <source>Choose the Lumio account the new server will belong to. Discord opens in your browser, where the server's owner adds the bot.</source>
        <translation>اختر حساب Lumio الذي سينتمي إليه الخادم الجديد. يُفتح Discord في متصفحك، حيث يضيف مالك الخادم البوت.</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>البحث في الحسابات</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>&amp;معرّف الحساب:</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>Open Discord</source>
        <translation>فتح Discord</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n server(s)</source>
        <translation>
            <numerusform>%1 — %n خادم</numerusform>
            <numerusform>%1 — خادم واحد</numerusform>
            <numerusform>%1 — خادمان</numerusform>
            <numerusform>%1 — %n خوادم</numerusform>
            <numerusform>%1 — %n خادمًا</numerusform>
            <numerusform>%1 — %n خادم</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick an account above or paste its ID.</source>
        <translation>اختر حسابًا من الأعلى أو الصق معرّفه.</translation>
    </message>
    <message>
        <source>This is not an account ID (a UUID such as 3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b).</source>
        <translation>هذا ليس معرّف حساب (معرّف UUID مثل 3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b).</translation>
    </message>
</context>
<context>
    <name>AddServerFlow</name>
    <message>
        <source>Open Link Again</source>
        <translation>فتح الرابط مرة أخرى</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop waiting for Discord</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Asking the server for a Discord link…</source>
        <translation>جارٍ طلب رابط Discord من الخادم…</translation>
    </message>
    <message>
        <source>Could not start adding a server: %1</source>
        <translation>تعذّر بدء إضافة خادم: %1</translation>
    </message>
    <message>
        <source>Discord opened in your browser.</source>
        <translation>تم فتح Discord في متصفحك.</translation>
    </message>
    <message>
        <source>Could not open a browser: the link was copied, open it by hand.</source>
        <translation>تعذّر فتح متصفح: تم نسخ الرابط، افتحه يدويًا.</translation>
    </message>
    <message>
        <source>Waiting for Discord… Add the bot to a server in the browser for %1; this page selects the server as soon as it is connected. The link expires in %2.</source>
        <translation>في انتظار Discord… أضف البوت إلى خادم في المتصفح للحساب %1؛ ستحدد هذه الصفحة الخادم فور اتصاله. تنتهي صلاحية الرابط خلال %2.</translation>
    </message>
    <message>
        <source>The Discord link for %1 expired before a server was connected.</source>
        <translation>انتهت صلاحية رابط Discord للحساب %1 قبل اتصال أي خادم.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>“%1” is now connected to %2.</source>
        <translation>«%1» متصل الآن بـ %2.</translation>
    </message>
</context>
<context>
    <name>BotActionGuard</name>
    <message>
        <source>This is a critical profile: every bulk action is confirmed by typing.</source>
        <translation>هذا ملف شخصي حرج: يُؤكَّد كل إجراء جماعي بالكتابة.</translation>
    </message>
    <message numerus="yes">
        <source>These bots are on %n platforms.</source>
        <translation>
            <numerusform>هذه البوتات على %n منصة.</numerusform>
            <numerusform>هذه البوتات على منصة واحدة.</numerusform>
            <numerusform>هذه البوتات على منصتين.</numerusform>
            <numerusform>هذه البوتات على %n منصات.</numerusform>
            <numerusform>هذه البوتات على %n منصة.</numerusform>
            <numerusform>هذه البوتات على %n منصة.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than %1 bots.</source>
        <translation>هذا أكثر من %1 بوت.</translation>
    </message>
</context>
<context>
    <name>BotActionPlan</name>
    <message>
        <source>Pause</source>
        <comment>confirmation button</comment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>confirmation button</comment>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <comment>confirmation button</comment>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>Pause the bot of %1?</source>
        <translation>هل تريد إيقاف بوت %1 مؤقتًا؟</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n bots?</source>
        <translation>
            <numerusform>هل تريد إيقاف %n بوت مؤقتًا؟</numerusform>
            <numerusform>هل تريد إيقاف بوت واحد مؤقتًا؟</numerusform>
            <numerusform>هل تريد إيقاف بوتين مؤقتًا؟</numerusform>
            <numerusform>هل تريد إيقاف %n بوتات مؤقتًا؟</numerusform>
            <numerusform>هل تريد إيقاف %n بوتًا مؤقتًا؟</numerusform>
            <numerusform>هل تريد إيقاف %n بوت مؤقتًا؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume the bot of %1?</source>
        <translation>هل تريد استئناف بوت %1؟</translation>
    </message>
    <message numerus="yes">
        <source>Resume %n bots?</source>
        <translation>
            <numerusform>هل تريد استئناف %n بوت؟</numerusform>
            <numerusform>هل تريد استئناف بوت واحد؟</numerusform>
            <numerusform>هل تريد استئناف بوتين؟</numerusform>
            <numerusform>هل تريد استئناف %n بوتات؟</numerusform>
            <numerusform>هل تريد استئناف %n بوتًا؟</numerusform>
            <numerusform>هل تريد استئناف %n بوت؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect the bot of %1?</source>
        <translation>هل تريد إعادة توصيل بوت %1؟</translation>
    </message>
    <message numerus="yes">
        <source>Reconnect %n bots?</source>
        <translation>
            <numerusform>هل تريد إعادة توصيل %n بوت؟</numerusform>
            <numerusform>هل تريد إعادة توصيل بوت واحد؟</numerusform>
            <numerusform>هل تريد إعادة توصيل بوتين؟</numerusform>
            <numerusform>هل تريد إعادة توصيل %n بوتات؟</numerusform>
            <numerusform>هل تريد إعادة توصيل %n بوتًا؟</numerusform>
            <numerusform>هل تريد إعادة توصيل %n بوت؟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <source>1 selected bot will be skipped: already in that state, without a connection, or with a request in flight.</source>
        <translation>سيتم تخطي بوت محدد واحد: في تلك الحالة بالفعل، أو بلا اتصال، أو لديه طلب قيد التنفيذ.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected bots will be skipped: already in that state, without a connection, or with a request in flight.</source>
        <translation>
            <numerusform>سيتم تخطي %n بوت محدد: في تلك الحالة بالفعل، أو بلا اتصال، أو لديها طلب قيد التنفيذ.</numerusform>
            <numerusform>سيتم تخطي بوت محدد واحد: في تلك الحالة بالفعل، أو بلا اتصال، أو لديه طلب قيد التنفيذ.</numerusform>
            <numerusform>سيتم تخطي بوتين محددين: في تلك الحالة بالفعل، أو بلا اتصال، أو لديهما طلب قيد التنفيذ.</numerusform>
            <numerusform>سيتم تخطي %n بوتات محددة: في تلك الحالة بالفعل، أو بلا اتصال، أو لديها طلب قيد التنفيذ.</numerusform>
            <numerusform>سيتم تخطي %n بوتًا محددًا: في تلك الحالة بالفعل، أو بلا اتصال، أو لديها طلب قيد التنفيذ.</numerusform>
            <numerusform>سيتم تخطي %n بوت محدد: في تلك الحالة بالفعل، أو بلا اتصال، أو لديها طلب قيد التنفيذ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n Bots</source>
        <translation>
            <numerusform>%1 لـ %n بوت</numerusform>
            <numerusform>%1 لبوت واحد</numerusform>
            <numerusform>%1 لبوتين</numerusform>
            <numerusform>%1 لـ %n بوتات</numerusform>
            <numerusform>%1 لـ %n بوتًا</numerusform>
            <numerusform>%1 لـ %n بوت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected bots can be changed this way (already in that state, no connection, or a request in flight).</source>
        <translation>
            <numerusform>لا يمكن تغيير أي من البوتات المحددة (%n) بهذه الطريقة (في تلك الحالة بالفعل، أو بلا اتصال، أو لديها طلب قيد التنفيذ).</numerusform>
            <numerusform>لا يمكن تغيير البوت المحدد بهذه الطريقة (في تلك الحالة بالفعل، أو بلا اتصال، أو لديه طلب قيد التنفيذ).</numerusform>
            <numerusform>لا يمكن تغيير أي من البوتين المحددين بهذه الطريقة (في تلك الحالة بالفعل، أو بلا اتصال، أو لديهما طلب قيد التنفيذ).</numerusform>
            <numerusform>لا يمكن تغيير أي من البوتات المحددة (%n) بهذه الطريقة (في تلك الحالة بالفعل، أو بلا اتصال، أو لديها طلب قيد التنفيذ).</numerusform>
            <numerusform>لا يمكن تغيير أي من البوتات المحددة (%n) بهذه الطريقة (في تلك الحالة بالفعل، أو بلا اتصال، أو لديها طلب قيد التنفيذ).</numerusform>
            <numerusform>لا يمكن تغيير أي من البوتات المحددة (%n) بهذه الطريقة (في تلك الحالة بالفعل، أو بلا اتصال، أو لديها طلب قيد التنفيذ).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotActionRequests</name>
    <message>
        <source>Nothing was sent: every bot changed while you were deciding.</source>
        <translation>لم يُرسَل شيء: تغيّرت كل البوتات بينما كنت تقرر.</translation>
    </message>
    <message>
        <source>The last action is still running. Undo it when it has finished.</source>
        <translation>الإجراء الأخير ما زال قيد التنفيذ. تراجع عنه عندما ينتهي.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>لا شيء للتراجع عنه.</translation>
    </message>
</context>
<context>
    <name>BotBatchPanel</name>
    <message>
        <source>Retry Failed</source>
        <translation>إعادة محاولة الفاشلة</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close the bulk action panel</comment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>الطلبات الفاشلة</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed</source>
        <translation>انتهى: نجح %1، وفشل %2</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed</source>
        <translation>اكتمل %1 من %2، وفشل %3</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already in that state, no connection, or busy)</source>
        <translation>
            <numerusform>تم تخطي %n (في تلك الحالة بالفعل، أو بلا اتصال، أو مشغول)</numerusform>
            <numerusform>تم تخطي %n (في تلك الحالة بالفعل، أو بلا اتصال، أو مشغول)</numerusform>
            <numerusform>تم تخطي %n (في تلك الحالة بالفعل، أو بلا اتصال، أو مشغول)</numerusform>
            <numerusform>تم تخطي %n (في تلك الحالة بالفعل، أو بلا اتصال، أو مشغول)</numerusform>
            <numerusform>تم تخطي %n (في تلك الحالة بالفعل، أو بلا اتصال، أو مشغول)</numerusform>
            <numerusform>تم تخطي %n (في تلك الحالة بالفعل، أو بلا اتصال، أو مشغول)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 على %2: %3</translation>
    </message>
    <message>
        <source>Pausing 1 bot</source>
        <translation>جارٍ إيقاف بوت واحد مؤقتًا</translation>
    </message>
    <message numerus="yes">
        <source>Pausing %n bots</source>
        <translation>
            <numerusform>جارٍ إيقاف %n بوت مؤقتًا</numerusform>
            <numerusform>جارٍ إيقاف بوت واحد مؤقتًا</numerusform>
            <numerusform>جارٍ إيقاف بوتين مؤقتًا</numerusform>
            <numerusform>جارٍ إيقاف %n بوتات مؤقتًا</numerusform>
            <numerusform>جارٍ إيقاف %n بوتًا مؤقتًا</numerusform>
            <numerusform>جارٍ إيقاف %n بوت مؤقتًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming 1 bot</source>
        <translation>جارٍ استئناف بوت واحد</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n bots</source>
        <translation>
            <numerusform>جارٍ استئناف %n بوت</numerusform>
            <numerusform>جارٍ استئناف بوت واحد</numerusform>
            <numerusform>جارٍ استئناف بوتين</numerusform>
            <numerusform>جارٍ استئناف %n بوتات</numerusform>
            <numerusform>جارٍ استئناف %n بوتًا</numerusform>
            <numerusform>جارٍ استئناف %n بوت</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting 1 bot</source>
        <translation>جارٍ إعادة توصيل بوت واحد</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting %n bots</source>
        <translation>
            <numerusform>جارٍ إعادة توصيل %n بوت</numerusform>
            <numerusform>جارٍ إعادة توصيل بوت واحد</numerusform>
            <numerusform>جارٍ إعادة توصيل بوتين</numerusform>
            <numerusform>جارٍ إعادة توصيل %n بوتات</numerusform>
            <numerusform>جارٍ إعادة توصيل %n بوتًا</numerusform>
            <numerusform>جارٍ إعادة توصيل %n بوت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an answer, checking the server…</source>
        <translation>
            <numerusform>%n بلا رد، جارٍ التحقق من الخادم…</numerusform>
            <numerusform>واحد بلا رد، جارٍ التحقق من الخادم…</numerusform>
            <numerusform>اثنان بلا رد، جارٍ التحقق من الخادم…</numerusform>
            <numerusform>%n بلا رد، جارٍ التحقق من الخادم…</numerusform>
            <numerusform>%n بلا رد، جارٍ التحقق من الخادم…</numerusform>
            <numerusform>%n بلا رد، جارٍ التحقق من الخادم…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an answer (may or may not have happened)</source>
        <translation>
            <numerusform>%n بلا رد (ربما نُفِّذ وربما لا)</numerusform>
            <numerusform>واحد بلا رد (ربما نُفِّذ وربما لا)</numerusform>
            <numerusform>اثنان بلا رد (ربما نُفِّذا وربما لا)</numerusform>
            <numerusform>%n بلا رد (ربما نُفِّذت وربما لا)</numerusform>
            <numerusform>%n بلا رد (ربما نُفِّذت وربما لا)</numerusform>
            <numerusform>%n بلا رد (ربما نُفِّذت وربما لا)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed after a lost answer</source>
        <translation>
            <numerusform>%n مؤكَّد بعد رد مفقود</numerusform>
            <numerusform>واحد مؤكَّد بعد رد مفقود</numerusform>
            <numerusform>اثنان مؤكَّدان بعد رد مفقود</numerusform>
            <numerusform>%n مؤكَّدة بعد رد مفقود</numerusform>
            <numerusform>%n مؤكَّدًا بعد رد مفقود</numerusform>
            <numerusform>%n مؤكَّد بعد رد مفقود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied after a lost answer</source>
        <translation>
            <numerusform>%n لم يُنفَّذ بعد رد مفقود</numerusform>
            <numerusform>واحد لم يُنفَّذ بعد رد مفقود</numerusform>
            <numerusform>اثنان لم يُنفَّذا بعد رد مفقود</numerusform>
            <numerusform>%n لم تُنفَّذ بعد رد مفقود</numerusform>
            <numerusform>%n لم يُنفَّذ بعد رد مفقود</numerusform>
            <numerusform>%n لم يُنفَّذ بعد رد مفقود</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Type the number of bots, %1, to confirm.</source>
        <translation>اكتب عدد البوتات، %1، للتأكيد.</translation>
    </message>
    <message>
        <source>Number of bots to confirm</source>
        <translation>عدد البوتات للتأكيد</translation>
    </message>
    <message>
        <source>That is not the number of bots (%1). Nothing was sent.</source>
        <translation>هذا ليس عدد البوتات (%1). لم يُرسَل شيء.</translation>
    </message>
</context>
<context>
    <name>BotEmptyState</name>
    <message>
        <source>Clear Filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>No bots match</source>
        <translation>لا توجد بوتات مطابقة</translation>
    </message>
    <message>
        <source>Loading bots…</source>
        <translation>جارٍ تحميل البوتات…</translation>
    </message>
    <message>
        <source>No bots loaded</source>
        <translation>لم يتم تحميل أي بوت</translation>
    </message>
    <message>
        <source>No bots yet</source>
        <translation>لا توجد بوتات بعد</translation>
    </message>
</context>
<context>
    <name>BotFilterBar</name>
    <message>
        <source>Search account name or ID</source>
        <translation>ابحث باسم الحساب أو المعرّف</translation>
    </message>
    <message>
        <source>Search bots</source>
        <translation>البحث في البوتات</translation>
    </message>
    <message>
        <source>Matches account name or ID, ignoring case and accents (Ctrl+F)</source>
        <translation>يطابق اسم الحساب أو المعرّف، مع تجاهل حالة الأحرف وعلامات التشكيل (Ctrl+F)</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>تصفية المنصة</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>تصفية الحالة</translation>
    </message>
    <message>
        <source>All Platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <source>All Statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>No Connection</source>
        <translation>لا يوجد اتصال</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>Problems (No Connection or Stale)</source>
        <translation>المشكلات (بلا اتصال أو نبضة قديمة)</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>platforms this version does not know</comment>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <comment>platforms this version does not know</comment>
        <translation>أخرى (%1)</translation>
    </message>
    <message>
        <source>Bots on platforms this version of the app does not know</source>
        <translation>بوتات على منصات لا يعرفها هذا الإصدار من التطبيق</translation>
    </message>
</context>
<context>
    <name>BotLoadProgress</name>
    <message>
        <source>Loading %1 of %2 bots</source>
        <translation>جارٍ تحميل %1 من %2 بوت</translation>
    </message>
    <message>
        <source>Loading bots…</source>
        <translation>جارٍ تحميل البوتات…</translation>
    </message>
</context>
<context>
    <name>BotMarks</name>
    <message numerus="yes">
        <source>%n marked</source>
        <translation>
            <numerusform>%n بوت معلَّم</numerusform>
            <numerusform>بوت واحد معلَّم</numerusform>
            <numerusform>بوتان معلَّمان</numerusform>
            <numerusform>%n بوتات معلَّمة</numerusform>
            <numerusform>%n بوتًا معلَّمًا</numerusform>
            <numerusform>%n بوت معلَّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not shown)</source>
        <translation>
            <numerusform>(%n منها خارج العرض)</numerusform>
            <numerusform>(واحد منها خارج العرض)</numerusform>
            <numerusform>(اثنان منها خارج العرض)</numerusform>
            <numerusform>(%n منها خارج العرض)</numerusform>
            <numerusform>(%n منها خارج العرض)</numerusform>
            <numerusform>(%n منها خارج العرض)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotPageActions</name>
    <message>
        <source>Un&amp;freeze Live Updates</source>
        <translation>إلغاء &amp;تجميد التحديثات المباشرة</translation>
    </message>
    <message>
        <source>&amp;Freeze Live Updates</source>
        <translation>&amp;تجميد التحديثات المباشرة</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>&amp;Pause Bot</source>
        <translation>إيقاف البوت مؤقتًا</translation>
    </message>
    <message>
        <source>Pause the selected bots</source>
        <translation>إيقاف البوتات المحددة مؤقتًا</translation>
    </message>
    <message>
        <source>&amp;Resume Bot</source>
        <translation>استئناف البوت</translation>
    </message>
    <message>
        <source>Resume the selected bots</source>
        <translation>استئناف البوتات المحددة</translation>
    </message>
    <message>
        <source>Re&amp;connect Bot</source>
        <translation>إعادة توصيل البوت</translation>
    </message>
    <message>
        <source>Ask the selected bots to rejoin their channels now</source>
        <translation>مطالبة البوتات المحددة بالانضمام إلى قنواتها من جديد الآن</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>نسخ الصفوف</translation>
    </message>
    <message>
        <source>Re&amp;load Bots</source>
        <translation>إعادة تحميل البوتات</translation>
    </message>
    <message>
        <source>Load every bot from the server again</source>
        <translation>تحميل كل البوتات من الخادم مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Find Bot</source>
        <translation>البحث عن بوت</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Show &amp;Discord Servers of Account</source>
        <translation>عرض خوادم &amp;Discord للحساب</translation>
    </message>
    <message>
        <source>Open the Discord page on this account's servers</source>
        <translation>فتح صفحة Discord على خوادم هذا الحساب</translation>
    </message>
    <message>
        <source>Next Row</source>
        <translation>الصف التالي</translation>
    </message>
    <message>
        <source>Move down one row (also Down)</source>
        <translation>الانتقال صفًا واحدًا لأسفل (أو مفتاح السهم لأسفل)</translation>
    </message>
    <message>
        <source>Previous Row</source>
        <translation>الصف السابق</translation>
    </message>
    <message>
        <source>Move up one row (also Up)</source>
        <translation>الانتقال صفًا واحدًا لأعلى (أو مفتاح السهم لأعلى)</translation>
    </message>
    <message>
        <source>&amp;Mark or Unmark Row</source>
        <translation>تعليم &amp;الصف أو إلغاء تعليمه</translation>
    </message>
    <message>
        <source>Mark Range to Current Row</source>
        <translation>تعليم النطاق حتى الصف الحالي</translation>
    </message>
    <message>
        <source>Mark All Matching Rows</source>
        <translation>تعليم كل الصفوف المطابقة</translation>
    </message>
    <message>
        <source>Clear Marks</source>
        <translation>مسح العلامات</translation>
    </message>
    <message>
        <source>Show All Platforms</source>
        <translation>عرض كل المنصات</translation>
    </message>
    <message>
        <source>Show Twitch Only</source>
        <translation>عرض Twitch فقط</translation>
    </message>
    <message>
        <source>Show YouTube Only</source>
        <translation>عرض YouTube فقط</translation>
    </message>
    <message>
        <source>Show Kick Only</source>
        <translation>عرض Kick فقط</translation>
    </message>
    <message>
        <source>Show Trovo Only</source>
        <translation>عرض Trovo فقط</translation>
    </message>
    <message>
        <source>Show Discord Only</source>
        <translation>عرض Discord فقط</translation>
    </message>
    <message>
        <source>Sort by Account</source>
        <translation>الترتيب حسب الحساب</translation>
    </message>
    <message>
        <source>Sort by Account ID</source>
        <translation>الترتيب حسب معرّف الحساب</translation>
    </message>
    <message>
        <source>Sort by Platform</source>
        <translation>الترتيب حسب المنصة</translation>
    </message>
    <message>
        <source>Sort by Status</source>
        <translation>الترتيب حسب الحالة</translation>
    </message>
    <message>
        <source>Sort by Last Heartbeat</source>
        <translation>الترتيب حسب آخر نبضة</translation>
    </message>
    <message>
        <source>Again to reverse the order</source>
        <translation>كرّر لعكس الترتيب</translation>
    </message>
    <message>
        <source>&amp;Undo Last Pause or Resume</source>
        <translation>تراجع عن آخر &amp;إيقاف مؤقت أو استئناف</translation>
    </message>
    <message>
        <source>&amp;Problems Only</source>
        <translation>&amp;عرض المشكلات فقط</translation>
    </message>
    <message>
        <source>Show only bots with no connection or a stale heartbeat; again for all</source>
        <translation>عرض البوتات التي بلا اتصال أو ذات النبضة القديمة فقط؛ كرّر لعرض الكل</translation>
    </message>
    <message>
        <source>Hold live changes while reading; z again catches up</source>
        <translation>تعليق التغييرات المباشرة أثناء القراءة؛ والضغط على z مرة أخرى يلحق بالتحديثات</translation>
    </message>
    <message>
        <source>Copy the marked bots, or else the selected rows, as tab-separated text</source>
        <translation>نسخ البوتات المعلَّمة، وإلا فالصفوف المحددة، نصًا مفصولًا بعلامات الجدولة</translation>
    </message>
    <message>
        <source>Send the opposite toggle to the bots where it took effect and that have not changed since</source>
        <translation>إرسال التبديل المعاكس إلى البوتات التي نُفِّذ فيها الإجراء ولم تتغير منذ ذلك الحين</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>نسخ بتنسيق Markdown</translation>
    </message>
    <message>
        <source>Copy as Mar&amp;kdown</source>
        <translation>نسخ بتنسيق Mar&amp;kdown</translation>
    </message>
    <message>
        <source>Copy the selected rows as a Markdown table for an incident report</source>
        <translation>نسخ الصفوف المحددة كجدول Markdown لتقرير الحادث</translation>
    </message>
    <message>
        <source>Show Other Platforms Only</source>
        <translation>عرض المنصات الأخرى فقط</translation>
    </message>
</context>
<context>
    <name>BotPaletteSource</name>
    <message>
        <source>Pause %1 bot of %2</source>
        <comment>palette: platform, account</comment>
        <translation>إيقاف بوت %1 الخاص بـ %2 مؤقتًا</translation>
    </message>
    <message>
        <source>Resume %1 bot of %2</source>
        <comment>palette: platform, account</comment>
        <translation>استئناف بوت %1 الخاص بـ %2</translation>
    </message>
    <message>
        <source>Reconnect %1 bot of %2</source>
        <comment>palette: platform, account</comment>
        <translation>إعادة توصيل بوت %1 الخاص بـ %2</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>palette: account</comment>
        <translation>عرض %1</translation>
    </message>
</context>
<context>
    <name>BotRevertList</name>
    <message>
        <source>Paused at %1</source>
        <comment>incident revert: time in UTC</comment>
        <translation>أُوقف مؤقتًا في %1</translation>
    </message>
    <message>
        <source>Resumed at %1</source>
        <comment>incident revert: time in UTC</comment>
        <translation>استُؤنف في %1</translation>
    </message>
    <message>
        <source>Reconnected at %1</source>
        <comment>incident revert: time in UTC</comment>
        <translation>أُعيد توصيله في %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Done (UTC)</source>
        <translation>ما نُفِّذ (UTC)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>التراجع</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>BotRevertPlan</name>
    <message>
        <source>Now %1: changed since by someone else or by the bot.</source>
        <translation>الآن %1: غيّره منذ ذلك الحين شخص آخر أو البوت نفسه.</translation>
    </message>
    <message>
        <source>Still %1, but changed since (at %2 UTC) by someone else or by the bot.</source>
        <translation>ما زال %1، لكن غيّره شخص آخر أو البوت نفسه منذ ذلك الحين (في %2 UTC).</translation>
    </message>
    <message>
        <source>The action failed: there is nothing to put back.</source>
        <translation>فشل الإجراء: لا يوجد ما يُعاد.</translation>
    </message>
    <message>
        <source>The action failed (%1): there is nothing to put back.</source>
        <translation>فشل الإجراء (%1): لا يوجد ما يُعاد.</translation>
    </message>
    <message>
        <source>The server never answered the action: its outcome is not known.</source>
        <translation>لم يردّ الخادم على الإجراء قط: نتيجته غير معروفة.</translation>
    </message>
    <message>
        <source>The triage log does not hold the state the action produced.</source>
        <translation>لا يحتوي سجل الفرز على الحالة التي نتجت عن الإجراء.</translation>
    </message>
    <message>
        <source>The bot no longer exists on the server.</source>
        <translation>لم يعد البوت موجودًا على الخادم.</translation>
    </message>
    <message>
        <source>Another request for this bot is in flight.</source>
        <translation>هناك طلب آخر لهذا البوت قيد التنفيذ.</translation>
    </message>
    <message>
        <source>Already put back by an earlier revert.</source>
        <translation>أُعيد بالفعل بتراجع سابق.</translation>
    </message>
    <message>
        <source>Paused and resumed again during the incident: nothing to put back.</source>
        <translation>أُوقف مؤقتًا ثم استُؤنف خلال الحادث: لا يوجد ما يُعاد.</translation>
    </message>
    <message>
        <source>Resumed and paused again during the incident: nothing to put back.</source>
        <translation>استُؤنف ثم أُوقف مؤقتًا خلال الحادث: لا يوجد ما يُعاد.</translation>
    </message>
    <message>
        <source>On the server profile “%1”: sign in there to revert it.</source>
        <translation>في ملف الخادم «%1»: سجّل الدخول هناك للتراجع عنه.</translation>
    </message>
    <message>
        <source>Only reconnected: there is nothing to put back.</source>
        <translation>أُعيد توصيله فقط: لا يوجد ما يُعاد.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>incident revert: a bot left alone</comment>
        <translation>متروك</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>incident revert: what is sent</comment>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>incident revert: what is sent</comment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>resume 1 bot</source>
        <comment>incident revert</comment>
        <translation>استئناف بوت واحد</translation>
    </message>
    <message numerus="yes">
        <source>resume %n bots</source>
        <comment>incident revert</comment>
        <translation>
            <numerusform>استئناف %n بوت</numerusform>
            <numerusform>استئناف بوت واحد</numerusform>
            <numerusform>استئناف بوتين</numerusform>
            <numerusform>استئناف %n بوتات</numerusform>
            <numerusform>استئناف %n بوتًا</numerusform>
            <numerusform>استئناف %n بوت</numerusform>
        </translation>
    </message>
    <message>
        <source>pause 1 bot</source>
        <comment>incident revert</comment>
        <translation>إيقاف بوت واحد مؤقتًا</translation>
    </message>
    <message numerus="yes">
        <source>pause %n bots</source>
        <comment>incident revert</comment>
        <translation>
            <numerusform>إيقاف %n بوت مؤقتًا</numerusform>
            <numerusform>إيقاف بوت واحد مؤقتًا</numerusform>
            <numerusform>إيقاف بوتين مؤقتًا</numerusform>
            <numerusform>إيقاف %n بوتات مؤقتًا</numerusform>
            <numerusform>إيقاف %n بوتًا مؤقتًا</numerusform>
            <numerusform>إيقاف %n بوت مؤقتًا</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put back.</source>
        <comment>incident revert</comment>
        <translation>لا يوجد ما يُعاد.</translation>
    </message>
    <message>
        <source>It will %1.</source>
        <comment>incident revert: 'resume 3 bots'</comment>
        <translation>سيتم: %1.</translation>
    </message>
    <message>
        <source>It will %1 and %2.</source>
        <comment>incident revert: 'resume 3 bots' and 'pause 1 bot'</comment>
        <translation>سيتم: %1 و%2.</translation>
    </message>
    <message>
        <source>1 bot is left alone (see why below).</source>
        <translation>يُترك بوت واحد كما هو (انظر السبب أدناه).</translation>
    </message>
    <message numerus="yes">
        <source>%n bots are left alone (see why below).</source>
        <translation>
            <numerusform>يُترك %n بوت كما هي (انظر الأسباب أدناه).</numerusform>
            <numerusform>يُترك بوت واحد كما هو (انظر السبب أدناه).</numerusform>
            <numerusform>يُترك بوتان كما هما (انظر الأسباب أدناه).</numerusform>
            <numerusform>تُترك %n بوتات كما هي (انظر الأسباب أدناه).</numerusform>
            <numerusform>يُترك %n بوتًا كما هي (انظر الأسباب أدناه).</numerusform>
            <numerusform>يُترك %n بوت كما هي (انظر الأسباب أدناه).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 Discord change is not reverted: see the incident report.</source>
        <translation>لا يُتراجع عن تغيير واحد في Discord: راجع تقرير الحادث.</translation>
    </message>
    <message numerus="yes">
        <source>%n Discord changes are not reverted: see the incident report.</source>
        <translation>
            <numerusform>لا يُتراجع عن %n تغيير في Discord: راجع تقرير الحادث.</numerusform>
            <numerusform>لا يُتراجع عن تغيير واحد في Discord: راجع تقرير الحادث.</numerusform>
            <numerusform>لا يُتراجع عن تغييرين في Discord: راجع تقرير الحادث.</numerusform>
            <numerusform>لا يُتراجع عن %n تغييرات في Discord: راجع تقرير الحادث.</numerusform>
            <numerusform>لا يُتراجع عن %n تغييرًا في Discord: راجع تقرير الحادث.</numerusform>
            <numerusform>لا يُتراجع عن %n تغيير في Discord: راجع تقرير الحادث.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotStatusPane</name>
    <message>
        <source>Live changes wait while frozen: rows, badges and counts show the moment you froze, plus your own actions.</source>
        <translation>تنتظر التغييرات المباشرة أثناء التجميد: تعرض الصفوف والشارات والأعداد لحظة التجميد، إضافة إلى إجراءاتك أنت.</translation>
    </message>
    <message>
        <source>%1 of %2 bots - %3 active, %4 paused, %5 no connection</source>
        <translation>%1 من %2 بوت - %3 نشط، %4 متوقف مؤقتًا، %5 بلا اتصال</translation>
    </message>
    <message>
        <source>, %1 stale</source>
        <translation>، %1 قديم</translation>
    </message>
    <message numerus="yes">
        <source>FROZEN: %n bot(s) changed meanwhile (z to catch up)</source>
        <translation>
            <numerusform>مُجمَّد: لم يتغيّر أي بوت في الأثناء (z للّحاق)</numerusform>
            <numerusform>مُجمَّد: تغيّر بوت واحد في الأثناء (z للّحاق)</numerusform>
            <numerusform>مُجمَّد: تغيّر بوتان في الأثناء (z للّحاق)</numerusform>
            <numerusform>مُجمَّد: تغيّرت %n بوتات في الأثناء (z للّحاق)</numerusform>
            <numerusform>مُجمَّد: تغيّر %n بوتًا في الأثناء (z للّحاق)</numerusform>
            <numerusform>مُجمَّد: تغيّر %n بوت في الأثناء (z للّحاق)</numerusform>
        </translation>
    </message>
    <message>
        <source>FROZEN: rows held in place (z to catch up)</source>
        <translation>مُجمَّد: الصفوف ثابتة في أماكنها (z للّحاق بالتحديثات)</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>تعذّر الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>تعذّر الوصول إلى الخادم: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Live updates are interrupted. The table shows the last known state and catches up when the connection is back.</source>
        <translation>التحديثات المباشرة متوقفة. يعرض الجدول آخر حالة معروفة ويتحدّث عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>Could not pause %1 on %2: %3</source>
        <translation>تعذّر إيقاف %1 على %2 مؤقتًا: %3</translation>
    </message>
    <message>
        <source>Could not resume %1 on %2: %3</source>
        <translation>تعذّر استئناف %1 على %2: %3</translation>
    </message>
    <message>
        <source>Could not reconnect %1 on %2: %3</source>
        <translation>تعذّرت إعادة توصيل %1 على %2: %3</translation>
    </message>
    <message>
        <source>Pause of %1 on %2: %3</source>
        <translation>الإيقاف المؤقت لـ %1 على %2: %3</translation>
    </message>
    <message>
        <source>Resume of %1 on %2: %3</source>
        <translation>استئناف %1 على %2: %3</translation>
    </message>
    <message>
        <source>Reconnect of %1 on %2: %3</source>
        <translation>إعادة توصيل %1 على %2: %3</translation>
    </message>
    <message>
        <source>Paused %1 on %2: %3</source>
        <translation>أُوقف %1 على %2 مؤقتًا: %3</translation>
    </message>
    <message>
        <source>Resumed %1 on %2: %3</source>
        <translation>استُؤنف %1 على %2: %3</translation>
    </message>
    <message>
        <source>Reconnected %1 on %2: %3</source>
        <translation>أُعيد توصيل %1 على %2: %3</translation>
    </message>
    <message>
        <source>, %1 in other statuses</source>
        <translation>، %1 بحالات أخرى</translation>
    </message>
</context>
<context>
    <name>BotSyncController</name>
    <message>
        <source>The server did not return the bot's new state.</source>
        <translation>لم يُرجع الخادم الحالة الجديدة للبوت.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>فشل الطلب.</translation>
    </message>
    <message>
        <source>Not completed: the session ended before the server answered.</source>
        <translation>لم يكتمل: انتهت الجلسة قبل أن يرد الخادم.</translation>
    </message>
    <message>
        <source>Rejoin requested</source>
        <translation>تم طلب إعادة الانضمام</translation>
    </message>
    <message>
        <source>Not sent: the session ended before its turn.</source>
        <translation>لم يُرسَل: انتهت الجلسة قبل أن يحين دوره.</translation>
    </message>
    <message>
        <source>The answer was lost.</source>
        <translation>فُقد الرد.</translation>
    </message>
    <message>
        <source>No answer came back (%1). Checking the bot's state on the server…</source>
        <translation>لم يصل أي رد (%1). جارٍ التحقق من حالة البوت على الخادم…</translation>
    </message>
    <message>
        <source>No answer came back (%1); the server may or may not have done it.</source>
        <translation>لم يصل أي رد (%1)؛ ربما نفّذه الخادم وربما لا.</translation>
    </message>
    <message>
        <source>The answer was lost, but the server shows the bot %1: applied (confirmed).</source>
        <translation>فُقد الرد، لكن الخادم يعرض البوت بحالة %1: نُفِّذ (مؤكَّد).</translation>
    </message>
    <message>
        <source>The answer was lost, and the server shows the bot %1: not applied.</source>
        <translation>فُقد الرد، والخادم يعرض البوت بحالة %1: لم يُنفَّذ.</translation>
    </message>
    <message>
        <source>This server offers no live updates.</source>
        <translation>لا يوفّر هذا الخادم تحديثات مباشرة.</translation>
    </message>
    <message>
        <source>The server refused live updates: %1</source>
        <translation>رفض الخادم التحديثات المباشرة: %1</translation>
    </message>
    <message>
        <source>The live connection is not available.</source>
        <translation>الاتصال المباشر غير متاح.</translation>
    </message>
    <message>
        <source>The live connection is not available: %1</source>
        <translation>الاتصال المباشر غير متاح: %1</translation>
    </message>
    <message>
        <source>this server has no adminRejoinBot (an older Lumio API), so it cannot ask a bot to rejoin</source>
        <translation>لا يحتوي هذا الخادم على adminRejoinBot (واجهة Lumio أقدم)، لذا لا يمكنه أن يطلب من بوت إعادة الانضمام</translation>
    </message>
</context>
<context>
    <name>BotTablePage</name>
    <message>
        <source>Bots</source>
        <translation>البوتات</translation>
    </message>
</context>
<context>
    <name>BotTableTexts</name>
    <message>
        <source>Pausing…</source>
        <translation>جارٍ الإيقاف المؤقت…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>جارٍ الاستئناف…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action: pause the bot</comment>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>action: resume the bot</comment>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>No heartbeat received</source>
        <translation>لم تصل أي نبضة</translation>
    </message>
    <message numerus="yes">
        <source>Active, but no heartbeat for more than %n s</source>
        <translation>
            <numerusform>نشط، لكن بلا نبضة منذ أكثر من %n ث</numerusform>
            <numerusform>نشط، لكن بلا نبضة منذ أكثر من %n ث</numerusform>
            <numerusform>نشط، لكن بلا نبضة منذ أكثر من %n ث</numerusform>
            <numerusform>نشط، لكن بلا نبضة منذ أكثر من %n ث</numerusform>
            <numerusform>نشط، لكن بلا نبضة منذ أكثر من %n ث</numerusform>
            <numerusform>نشط، لكن بلا نبضة منذ أكثر من %n ث</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>معرّف الحساب</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last Heartbeat</source>
        <translation>آخر نبضة</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column header</comment>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>platform</comment>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>bot status</comment>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>bot status</comment>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>No Connection</source>
        <comment>bot status</comment>
        <translation>لا يوجد اتصال</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>bot status</comment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>never</source>
        <comment>heartbeat</comment>
        <translation>أبدًا</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <comment>heartbeat age in seconds</comment>
        <translation>
            <numerusform>منذ %n ث</numerusform>
            <numerusform>منذ %n ث</numerusform>
            <numerusform>منذ %n ث</numerusform>
            <numerusform>منذ %n ث</numerusform>
            <numerusform>منذ %n ث</numerusform>
            <numerusform>منذ %n ث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>heartbeat age in minutes</comment>
        <translation>
            <numerusform>منذ %n د</numerusform>
            <numerusform>منذ %n د</numerusform>
            <numerusform>منذ %n د</numerusform>
            <numerusform>منذ %n د</numerusform>
            <numerusform>منذ %n د</numerusform>
            <numerusform>منذ %n د</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>heartbeat age in hours</comment>
        <translation>
            <numerusform>منذ %n س</numerusform>
            <numerusform>منذ %n س</numerusform>
            <numerusform>منذ %n س</numerusform>
            <numerusform>منذ %n س</numerusform>
            <numerusform>منذ %n س</numerusform>
            <numerusform>منذ %n س</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <comment>heartbeat age in days</comment>
        <translation>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ يوم واحد</numerusform>
            <numerusform>منذ يومين</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يومًا</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3, last heartbeat %4</source>
        <translation>%1 على %2: %3، آخر نبضة %4</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>قديم</translation>
    </message>
    <message>
        <source>change pending</source>
        <translation>تغيير قيد الانتظار</translation>
    </message>
    <message>
        <source>Watched: changed since you looked (make it the current row to mark it seen)</source>
        <translation>مراقَب: تغيّر منذ آخر نظرة (اجعله الصف الحالي لتعليمه كمُشاهَد)</translation>
    </message>
    <message>
        <source>Watched: you are notified when it changes</source>
        <translation>مراقَب: سيصلك إشعار عند تغيّره</translation>
    </message>
    <message>
        <source>watched, changed since you looked</source>
        <translation>مراقَب، تغيّر منذ آخر نظرة</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>مراقَب</translation>
    </message>
    <message>
        <source>%1 is a platform this version of the app does not know. Its bots are shown, counted and searchable; pause, resume and reconnect are sent as they are, and the server decides.</source>
        <translation>%1 منصة لا يعرفها هذا الإصدار من التطبيق. تُعرض بوتاتها وتُحتسب ويمكن البحث فيها؛ وتُرسَل أوامر الإيقاف المؤقت والاستئناف وإعادة الاتصال كما هي، والخادم هو الذي يقرر.</translation>
    </message>
    <message>
        <source>%1 is a status this version of the app does not know, so no action is offered for this bot.</source>
        <translation>%1 حالة لا يعرفها هذا الإصدار من التطبيق، لذلك لا يُعرض أي إجراء لهذا البوت.</translation>
    </message>
</context>
<context>
    <name>BotTableView</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last Heartbeat</source>
        <translation>آخر نبضة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>معرّف الحساب</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>Last Heartbeat (UTC)</source>
        <translation>آخر نبضة (UTC)</translation>
    </message>
</context>
<context>
    <name>BotUndo</name>
    <message numerus="yes">
        <source>Undo: resume %n bots (Ctrl+Z)</source>
        <translation>
            <numerusform>تراجع: استئناف %n بوت (Ctrl+Z)</numerusform>
            <numerusform>تراجع: استئناف بوت واحد (Ctrl+Z)</numerusform>
            <numerusform>تراجع: استئناف بوتين (Ctrl+Z)</numerusform>
            <numerusform>تراجع: استئناف %n بوتات (Ctrl+Z)</numerusform>
            <numerusform>تراجع: استئناف %n بوتًا (Ctrl+Z)</numerusform>
            <numerusform>تراجع: استئناف %n بوت (Ctrl+Z)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo: pause %n bots (Ctrl+Z)</source>
        <translation>
            <numerusform>تراجع: إيقاف %n بوت مؤقتًا (Ctrl+Z)</numerusform>
            <numerusform>تراجع: إيقاف بوت واحد مؤقتًا (Ctrl+Z)</numerusform>
            <numerusform>تراجع: إيقاف بوتين مؤقتًا (Ctrl+Z)</numerusform>
            <numerusform>تراجع: إيقاف %n بوتات مؤقتًا (Ctrl+Z)</numerusform>
            <numerusform>تراجع: إيقاف %n بوتًا مؤقتًا (Ctrl+Z)</numerusform>
            <numerusform>تراجع: إيقاف %n بوت مؤقتًا (Ctrl+Z)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a bot: account on platform</comment>
        <translation>%1 على %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n آخر</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n آخرين</numerusform>
            <numerusform>و%n آخرين</numerusform>
            <numerusform>و%n آخرين</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bots changed since; left alone</source>
        <translation>
            <numerusform>تغيّر %n بوت منذ ذلك الحين؛ تُرك دون تغيير</numerusform>
            <numerusform>تغيّر بوت واحد منذ ذلك الحين؛ تُرك دون تغيير</numerusform>
            <numerusform>تغيّر بوتان منذ ذلك الحين؛ تُركا دون تغيير</numerusform>
            <numerusform>تغيّرت %n بوتات منذ ذلك الحين؛ تُركت دون تغيير</numerusform>
            <numerusform>تغيّر %n بوتًا منذ ذلك الحين؛ تُركت دون تغيير</numerusform>
            <numerusform>تغيّر %n بوت منذ ذلك الحين؛ تُركت دون تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bots have another request in flight; left alone</source>
        <translation>
            <numerusform>لدى %n بوت طلب آخر قيد التنفيذ؛ تُرك دون تغيير</numerusform>
            <numerusform>لدى بوت واحد طلب آخر قيد التنفيذ؛ تُرك دون تغيير</numerusform>
            <numerusform>لدى بوتين طلب آخر قيد التنفيذ؛ تُركا دون تغيير</numerusform>
            <numerusform>لدى %n بوتات طلب آخر قيد التنفيذ؛ تُركت دون تغيير</numerusform>
            <numerusform>لدى %n بوتًا طلب آخر قيد التنفيذ؛ تُركت دون تغيير</numerusform>
            <numerusform>لدى %n بوت طلب آخر قيد التنفيذ؛ تُركت دون تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bots are no longer listed; left alone</source>
        <translation>
            <numerusform>%n بوت لم يعد مدرجًا؛ تُرك دون تغيير</numerusform>
            <numerusform>بوت واحد لم يعد مدرجًا؛ تُرك دون تغيير</numerusform>
            <numerusform>بوتان لم يعودا مدرجين؛ تُركا دون تغيير</numerusform>
            <numerusform>%n بوتات لم تعد مدرجة؛ تُركت دون تغيير</numerusform>
            <numerusform>%n بوتًا لم تعد مدرجة؛ تُركت دون تغيير</numerusform>
            <numerusform>%n بوت لم تعد مدرجة؛ تُركت دون تغيير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckServer</name>
    <message>
        <source>The saved token could not be read (%1); checking without one.</source>
        <translation>تعذّرت قراءة الرمز المحفوظ (%1)؛ يجري الفحص بدونه.</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>الخادم: %1</translation>
    </message>
    <message>
        <source>app: %1 %2</source>
        <translation>التطبيق: %1 %2</translation>
    </message>
    <message>
        <source>token: none (none is saved for %1)</source>
        <translation>الرمز: لا يوجد (لا رمز محفوظ لـ %1)</translation>
    </message>
    <message>
        <source>token: the one saved by profile “%1”</source>
        <translation>الرمز: المحفوظ في الملف الشخصي «%1»</translation>
    </message>
    <message>
        <source>The server wants a token to tell what it offers, and none is saved for %1. Sign in to this server once with the app (it saves the token in the system keychain), then check again.</source>
        <translation>يطلب الخادم رمزًا ليخبر بما يوفّره، ولا رمز محفوظ لـ %1. سجّل الدخول إلى هذا الخادم مرة واحدة بالتطبيق (يحفظ الرمز في سلسلة مفاتيح النظام)، ثم افحص مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused the saved token: %1</source>
        <translation>رفض الخادم الرمز المحفوظ: %1</translation>
    </message>
    <message>
        <source>The server refused to say what it offers (introspection): %1</source>
        <translation>رفض الخادم الإفصاح عمّا يوفّره (الاستبطان): %1</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>تعذّر فحص %1: %2</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>النتيجة: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Lumio Bot Control: the staff console for Lumio chat bots.</source>
        <translation>Lumio Bot Control: وحدة تحكم الموظفين لبوتات الدردشة في Lumio.</translation>
    </message>
    <message>
        <source>Sign in to the saved server profile &lt;name&gt;.</source>
        <translation>تسجيل الدخول إلى ملف الخادم المحفوظ &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Use the GraphQL server at &lt;url&gt; (with --profile: save it under that name).</source>
        <translation>استخدام خادم GraphQL على &lt;url&gt; (مع --profile: حفظه بذلك الاسم).</translation>
    </message>
    <message>
        <source>Demo mode: sign in to the sandbox described by &lt;infofile&gt; (JSON with url, ws and tokens); the token stays in memory.</source>
        <translation>الوضع التجريبي: تسجيل الدخول إلى بيئة الاختبار الموصوفة في &lt;infofile&gt; (ملف JSON يحتوي على url وws وtokens)؛ يبقى الرمز في الذاكرة فقط.</translation>
    </message>
    <message>
        <source>Which sandbox demo token to use: admin, readonly, operator or noaccess (default: admin).</source>
        <translation>رمز العرض التجريبي المستخدم من بيئة الاختبار: admin أو readonly أو operator أو noaccess (الافتراضي: admin).</translation>
    </message>
    <message>
        <source>Language for this run: en, de or ar.</source>
        <translation>اللغة لهذا التشغيل: en أو de أو ar.</translation>
    </message>
    <message>
        <source>Theme for this run: system, light or dark.</source>
        <translation>السمة لهذا التشغيل: system أو light أو dark.</translation>
    </message>
    <message>
        <source>Start on page &lt;id&gt;: bots, discord or triage.</source>
        <translation>البدء في الصفحة &lt;id&gt;: bots أو discord أو triage.</translation>
    </message>
    <message>
        <source>Quit cleanly after &lt;ms&gt; milliseconds.</source>
        <translation>الإنهاء بشكل سليم بعد &lt;ms&gt; ملّي ثانية.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;path&gt; once it is shown.</source>
        <translation>حفظ صورة PNG للنافذة الرئيسية في &lt;path&gt; بمجرد عرضها.</translation>
    </message>
    <message>
        <source>--server: not a URL: %1</source>
        <translation>--server: ليس عنوان URL: %1</translation>
    </message>
    <message>
        <source>--lang: use en, de or ar</source>
        <translation>--lang: استخدم en أو de أو ar</translation>
    </message>
    <message>
        <source>--theme: use system, light or dark</source>
        <translation>--theme: استخدم system أو light أو dark</translation>
    </message>
    <message>
        <source>--quit-after-ms: a number of milliseconds</source>
        <translation>--quit-after-ms: عدد من الملّي ثانية</translation>
    </message>
    <message>
        <source>Cannot read the sandbox file %1: %2</source>
        <translation>تعذّرت قراءة ملف بيئة الاختبار %1: %2</translation>
    </message>
    <message>
        <source>The sandbox file %1 is not JSON: %2</source>
        <translation>ملف بيئة الاختبار %1 ليس بتنسيق JSON: %2</translation>
    </message>
    <message>
        <source>The sandbox file %1 has no url.</source>
        <translation>ملف بيئة الاختبار %1 لا يحتوي على url.</translation>
    </message>
    <message>
        <source>Compare what the server at &lt;url&gt; offers with this version, print the differences and exit without a window: 0 when they match, 1 when they differ, 2 when the server could not be checked. Uses the token a saved profile keeps for that server, if any.</source>
        <translation>يقارن ما يوفّره الخادم على &lt;url&gt; بهذا الإصدار، ويطبع الاختلافات ويخرج دون نافذة: 0 عند التطابق، و1 عند الاختلاف، و2 عند تعذّر فحص الخادم. يستخدم الرمز الذي يحفظه ملف شخصي لذلك الخادم، إن وُجد.</translation>
    </message>
    <message>
        <source>--check-server: not a URL: %1</source>
        <translation>--check-server: ليس عنوان URL: %1</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Open Discord server %1 (%2)</source>
        <translation>فتح الخادم %1 (%2) على Discord</translation>
    </message>
    <message>
        <source>Type a command, an account or a page</source>
        <translation>اكتب أمرًا أو حسابًا أو صفحة</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>لوحة الأوامر</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>الأوامر</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>الانتقال إلى %1</translation>
    </message>
    <message>
        <source>%1 (not available: %2)</source>
        <comment>palette: action, why the server does not offer it</comment>
        <translation>%1 (غير متاح: %2)</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <source>Retry now</source>
        <translation>أعد المحاولة الآن</translation>
    </message>
    <message>
        <source>Try to connect again at once</source>
        <translation>حاول الاتصال مرة أخرى فورًا</translation>
    </message>
    <message>
        <source>Signed out</source>
        <comment>connection state</comment>
        <translation>غير مسجّل الدخول</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>connection state: receiving live updates</comment>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>Connecting, attempt %1…</source>
        <comment>connection state</comment>
        <translation>جارٍ الاتصال، المحاولة %1…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>connection state</comment>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting, attempt %1, next try in %n s</source>
        <comment>connection state</comment>
        <translation>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
            <numerusform>إعادة الاتصال، المحاولة %1، المحاولة التالية بعد %n ث</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out: the server refused the sign-in</source>
        <comment>connection state</comment>
        <translation>تم تسجيل الخروج: رفض الخادم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>connection state</comment>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>الاتصال: %1</translation>
    </message>
    <message>
        <source>Polling, loading…</source>
        <comment>connection state: reloading instead of live updates</comment>
        <translation>استطلاع، جارٍ التحميل…</translation>
    </message>
    <message numerus="yes">
        <source>Polling, updated %n s ago</source>
        <comment>connection state</comment>
        <translation>
            <numerusform>استطلاع، حُدّث الآن</numerusform>
            <numerusform>استطلاع، حُدّث قبل ثانية واحدة</numerusform>
            <numerusform>استطلاع، حُدّث قبل ثانيتين</numerusform>
            <numerusform>استطلاع، حُدّث قبل %n ثوانٍ</numerusform>
            <numerusform>استطلاع، حُدّث قبل %n ثانية</numerusform>
            <numerusform>استطلاع، حُدّث قبل %n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polling, updated %n min ago</source>
        <comment>connection state</comment>
        <translation>
            <numerusform>استطلاع، حُدّث الآن</numerusform>
            <numerusform>استطلاع، حُدّث قبل دقيقة واحدة</numerusform>
            <numerusform>استطلاع، حُدّث قبل دقيقتين</numerusform>
            <numerusform>استطلاع، حُدّث قبل %n دقائق</numerusform>
            <numerusform>استطلاع، حُدّث قبل %n دقيقة</numerusform>
            <numerusform>استطلاع، حُدّث قبل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No live updates: %1
The data is reloaded every %n s while the window is open.</source>
        <comment>tool tip</comment>
        <translation>
            <numerusform>لا تحديثات مباشرة: %1
يُعاد تحميل البيانات باستمرار ما دامت النافذة مفتوحة.</numerusform>
            <numerusform>لا تحديثات مباشرة: %1
يُعاد تحميل البيانات كل ثانية ما دامت النافذة مفتوحة.</numerusform>
            <numerusform>لا تحديثات مباشرة: %1
يُعاد تحميل البيانات كل ثانيتين ما دامت النافذة مفتوحة.</numerusform>
            <numerusform>لا تحديثات مباشرة: %1
يُعاد تحميل البيانات كل %n ثوانٍ ما دامت النافذة مفتوحة.</numerusform>
            <numerusform>لا تحديثات مباشرة: %1
يُعاد تحميل البيانات كل %n ثانية ما دامت النافذة مفتوحة.</numerusform>
            <numerusform>لا تحديثات مباشرة: %1
يُعاد تحميل البيانات كل %n ثانية ما دامت النافذة مفتوحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last reload failed; the page says why.</source>
        <translation>فشلت آخر إعادة تحميل؛ تذكر الصفحة السبب.</translation>
    </message>
</context>
<context>
    <name>DisconnectGuildDialog</name>
    <message>
        <source>Disconnect Discord Server</source>
        <translation>فصل خادم Discord</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>The Lumio bot leaves “%1” (%2) and the server's mapping to the account %3 is deleted with all of its feature routings. The account can add the server again later.</source>
        <translation>يغادر بوت Lumio الخادم «%1» (%2)، ويُحذف ربط الخادم بالحساب %3 مع كل توجيهات ميزاته. يمكن للحساب إضافة الخادم مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Type the server's name, %1, to confirm:</source>
        <translation>اكتب اسم الخادم، %1، للتأكيد:</translation>
    </message>
    <message>
        <source>Type the server's name exactly to enable this.</source>
        <translation>اكتب اسم الخادم كما هو تمامًا لتفعيل هذا الخيار.</translation>
    </message>
    <message>
        <source>This server's name cannot be typed: type its ID, %1, to confirm:</source>
        <translation>لا يمكن كتابة اسم هذا الخادم: اكتب معرّفه، %1، للتأكيد:</translation>
    </message>
</context>
<context>
    <name>DiscordGuildListModel</name>
    <message>
        <source>%1 (Discord reports this server as unavailable)</source>
        <translation>%1 (يُبلغ Discord أن هذا الخادم غير متاح)</translation>
    </message>
    <message>
        <source>Account %1 (%2)</source>
        <translation>الحساب %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) routed to a channel</source>
        <translation>
            <numerusform>%n ميزة موجّهة إلى قناة</numerusform>
            <numerusform>ميزة واحدة موجّهة إلى قناة</numerusform>
            <numerusform>ميزتان موجّهتان إلى قناة</numerusform>
            <numerusform>%n ميزات موجّهة إلى قنوات</numerusform>
            <numerusform>%n ميزة موجّهة إلى قنوات</numerusform>
            <numerusform>%n ميزة موجّهة إلى قنوات</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>جارٍ الفصل…</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the disconnect</source>
        <translation>في انتظار تأكيد الخادم للفصل</translation>
    </message>
    <message>
        <source>Discord reports this server as unavailable (an outage); the mapping is kept and comes back with the server.</source>
        <translation>يُبلغ Discord أن هذا الخادم غير متاح (انقطاع في الخدمة)؛ يُحتفظ بالربط ويعود مع عودة الخادم.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Server ID</source>
        <translation>معرّف الخادم</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل منذ</translation>
    </message>
    <message>
        <source>Number of mapped features</source>
        <translation>عدد الميزات المعيّنة</translation>
    </message>
    <message>
        <source>Features</source>
        <comment>column: mapped feature count</comment>
        <translation>الميزات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>DiscordGuildsPage</name>
    <message>
        <source>Discord guilds</source>
        <comment>page name</comment>
        <translation>خوادم Discord</translation>
    </message>
    <message>
        <source>Read-only: you can look at every server and its feature mappings, but not change, add or disconnect them.</source>
        <translation>للقراءة فقط: يمكنك عرض كل خادم وتعيينات ميزاته، لكن لا يمكنك تغييرها أو إضافة خوادم أو فصلها.</translation>
    </message>
    <message>
        <source>The live connection is down: this list may be out of date until it comes back.</source>
        <translation>الاتصال المباشر منقطع: قد تكون هذه القائمة قديمة إلى أن يعود.</translation>
    </message>
    <message>
        <source>&amp;Reload Servers</source>
        <translation>&amp;إعادة تحميل الخوادم</translation>
    </message>
    <message>
        <source>Reload the servers and the open mappings</source>
        <translation>إعادة تحميل الخوادم والتعيينات المفتوحة</translation>
    </message>
    <message>
        <source>&amp;Find Server</source>
        <translation>&amp;بحث عن خادم</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>إضافة &amp;خادم…</translation>
    </message>
    <message>
        <source>Add the bot to a Discord server</source>
        <translation>إضافة البوت إلى خادم Discord</translation>
    </message>
    <message>
        <source>&amp;Disconnect Server…</source>
        <translation>&amp;فصل الخادم…</translation>
    </message>
    <message>
        <source>&amp;Save Mappings</source>
        <translation>&amp;حفظ التعيينات</translation>
    </message>
    <message>
        <source>Re&amp;vert Mappings</source>
        <translation>&amp;تراجع عن التعيينات</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>جارٍ إعادة التحميل…</translation>
    </message>
    <message>
        <source>Could not reload the servers: %1</source>
        <translation>تعذّرت إعادة تحميل الخوادم: %1</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>تمت إعادة التحميل.</translation>
    </message>
</context>
<context>
    <name>DiscordPickerPopup</name>
    <message>
        <source>Post to channel</source>
        <translation>النشر في قناة</translation>
    </message>
    <message>
        <source>Type to search channels</source>
        <translation>اكتب للبحث في القنوات</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>بلا قناة</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>الفئة %1</translation>
    </message>
    <message>
        <source>(announcement)</source>
        <translation>(إعلانات)</translation>
    </message>
    <message>
        <source>The bot lacks permission to post in #%1: grant it “Send Messages” there in Discord, or choose another channel.</source>
        <translation>لا يملك البوت صلاحية النشر في #%1: امنحه صلاحية «إرسال الرسائل» هناك في Discord، أو اختر قناة أخرى.</translation>
    </message>
    <message>
        <source>Mention role</source>
        <translation>الإشارة إلى دور</translation>
    </message>
    <message>
        <source>Type to search roles</source>
        <translation>اكتب للبحث في الأدوار</translation>
    </message>
    <message>
        <source>No mention</source>
        <comment>no role is mentioned</comment>
        <translation>بلا إشارة</translation>
    </message>
    <message>
        <source>%1 is not mentionable: the mention will not notify anyone unless the bot may mention every role.</source>
        <translation>%1 غير قابل للإشارة: لن تُنبّه الإشارة أحدًا ما لم يكن مسموحًا للبوت بالإشارة إلى كل الأدوار.</translation>
    </message>
    <message>
        <source>%1 — the bot lacks permission to post here</source>
        <translation>%1 — لا يملك البوت صلاحية النشر هنا</translation>
    </message>
    <message>
        <source>%1 — not mentionable</source>
        <translation>%1 — غير قابل للإشارة</translation>
    </message>
    <message>
        <source>%1 — the bot cannot post here</source>
        <translation>%1 — لا يستطيع البوت النشر هنا</translation>
    </message>
    <message>
        <source>#%1 is a %2 channel, a type this version of the app does not know, and the server says the bot cannot post there.</source>
        <translation>#%1 قناة من نوع %2، وهو نوع لا يعرفه هذا الإصدار من التطبيق، ويفيد الخادم بأن البوت لا يستطيع النشر فيها.</translation>
    </message>
    <message>
        <source>#%1 is a %2 channel, a type this version of the app does not know; the server says the bot can post there.</source>
        <translation>#%1 قناة من نوع %2، وهو نوع لا يعرفه هذا الإصدار من التطبيق؛ ويفيد الخادم بأن البوت يستطيع النشر فيها.</translation>
    </message>
</context>
<context>
    <name>DiscordSyncController</name>
    <message>
        <source>Not signed in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Live updates of Discord servers stopped: %1</source>
        <translation>توقفت التحديثات المباشرة لخوادم Discord: %1</translation>
    </message>
    <message>
        <source>Could not load the Discord servers: %1</source>
        <translation>تعذّر تحميل خوادم Discord: %1</translation>
    </message>
    <message>
        <source>Could not reload the feature mappings: %1</source>
        <translation>تعذّرت إعادة تحميل تعيينات الميزات: %1</translation>
    </message>
    <message>
        <source>The server did not disconnect the server.</source>
        <translation>لم يفصل الخادم خادم Discord.</translation>
    </message>
    <message>
        <source>Disconnecting failed: %1</source>
        <translation>فشل الفصل: %1</translation>
    </message>
    <message>
        <source>%1 on, channel %2</source>
        <comment>triage log: feature key, channel id</comment>
        <translation>%1 مفعّلة، القناة: %2</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no channel</comment>
        <translation>لا توجد</translation>
    </message>
    <message>
        <source>%1 off</source>
        <comment>triage log: feature key</comment>
        <translation>%1 معطّلة</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>تم الفصل</translation>
    </message>
    <message>
        <source>This server does not offer the list of Discord servers: it has no adminDiscordGuilds query (an older Lumio API). Discord mappings cannot be shown or changed here until the server is updated.</source>
        <translation>لا يوفّر هذا الخادم قائمة خوادم Discord: لا يحتوي على الاستعلام adminDiscordGuilds (واجهة Lumio أقدم). لا يمكن عرض روابط Discord أو تغييرها هنا حتى يُحدَّث الخادم.</translation>
    </message>
    <message>
        <source>Stream live alerts</source>
        <translation>تنبيهات البث المباشر</translation>
    </message>
    <message>
        <source>Follows, subs, donations</source>
        <translation>المتابعات والاشتراكات والتبرعات</translation>
    </message>
    <message>
        <source>Platform chat → Discord</source>
        <translation>دردشة المنصة ← Discord</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>الإعلانات</translation>
    </message>
    <message>
        <source>Ban/timeout logs</source>
        <translation>سجلات الحظر والإيقاف المؤقت</translation>
    </message>
    <message>
        <source>New clips</source>
        <translation>مقاطع جديدة</translation>
    </message>
</context>
<context>
    <name>FeatureEditorPane</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>فصل…</translation>
    </message>
    <message>
        <source>Remove the bot from this server and delete its mapping</source>
        <translation>إزالة البوت من هذا الخادم وحذف ربطه</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>اعتماد نسختهم</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>الاحتفاظ بنسختي</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Feature mappings</source>
        <translation>تعيينات الميزات</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsaved change(s) to the feature mappings of “%1”. Discard them?</source>
        <translation>
            <numerusform>لديك %n تغيير غير محفوظ في تعيينات ميزات «%1». هل تريد تجاهلها؟</numerusform>
            <numerusform>لديك تغيير واحد غير محفوظ في تعيينات ميزات «%1». هل تريد تجاهله؟</numerusform>
            <numerusform>لديك تغييران غير محفوظين في تعيينات ميزات «%1». هل تريد تجاهلهما؟</numerusform>
            <numerusform>لديك %n تغييرات غير محفوظة في تعيينات ميزات «%1». هل تريد تجاهلها؟</numerusform>
            <numerusform>لديك %n تغييرًا غير محفوظ في تعيينات ميزات «%1». هل تريد تجاهلها؟</numerusform>
            <numerusform>لديك %n تغيير غير محفوظ في تعيينات ميزات «%1». هل تريد تجاهلها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>المعرّف %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>الحساب %1</translation>
    </message>
    <message>
        <source>connected %1</source>
        <translation>متصل منذ %1</translation>
    </message>
    <message>
        <source>Discord reports this server as unavailable; its mapping is kept.</source>
        <translation>يُبلغ Discord أن هذا الخادم غير متاح؛ يُحتفظ بربطه.</translation>
    </message>
    <message>
        <source>Account ID %1</source>
        <translation>معرّف الحساب %1</translation>
    </message>
    <message>
        <source>Select a server on the left to see which channel each feature posts to.</source>
        <translation>اختر خادمًا على اليمين لترى القناة التي تنشر فيها كل ميزة.</translation>
    </message>
    <message>
        <source>Could not load the server's channels, roles and mappings: %1

Select it again or reload (F5) to retry.</source>
        <translation>تعذّر تحميل قنوات الخادم وأدواره وتعييناته: %1

اختره مرة أخرى أو أعد التحميل (F5) لإعادة المحاولة.</translation>
    </message>
    <message>
        <source>“%1” was disconnected: it is no longer mapped to an account.</source>
        <translation>تم فصل «%1»: لم يعد مرتبطًا بأي حساب.</translation>
    </message>
    <message>
        <source>Feature routing — loading channels, roles and mappings…</source>
        <translation>توجيه الميزات — جارٍ تحميل القنوات والأدوار والتعيينات…</translation>
    </message>
    <message>
        <source>Feature routing</source>
        <translation>توجيه الميزات</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Send the changed mappings to the server</source>
        <translation>إرسال التعيينات المعدّلة إلى الخادم</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n تغيير غير محفوظ</numerusform>
            <numerusform>تغيير واحد غير محفوظ</numerusform>
            <numerusform>تغييران غير محفوظين</numerusform>
            <numerusform>%n تغييرات غير محفوظة</numerusform>
            <numerusform>%n تغييرًا غير محفوظ</numerusform>
            <numerusform>%n تغيير غير محفوظ</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>لا توجد تغييرات غير محفوظة</translation>
    </message>
    <message numerus="yes">
        <source>Save is off until the %n problem(s) above are fixed.</source>
        <translation>
            <numerusform>الحفظ معطّل إلى أن تُصلَح %n مشكلة أعلاه.</numerusform>
            <numerusform>الحفظ معطّل إلى أن تُصلَح المشكلة أعلاه.</numerusform>
            <numerusform>الحفظ معطّل إلى أن تُصلَح المشكلتان أعلاه.</numerusform>
            <numerusform>الحفظ معطّل إلى أن تُصلَح %n مشكلات أعلاه.</numerusform>
            <numerusform>الحفظ معطّل إلى أن تُصلَح %n مشكلة أعلاه.</numerusform>
            <numerusform>الحفظ معطّل إلى أن تُصلَح %n مشكلة أعلاه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…و%n غيرها</numerusform>
            <numerusform>…وواحد آخر</numerusform>
            <numerusform>…واثنان آخران</numerusform>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…و%n غيرها</numerusform>
            <numerusform>…و%n غيرها</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be saved like this:</source>
        <translation>لا يمكن الحفظ بهذا الشكل:</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n feature(s) of this server while you were editing. Nothing was overwritten:</source>
        <translation>
            <numerusform>غيّر شخص آخر %n ميزة في هذا الخادم أثناء تحريرك. لم يُستبدل أي شيء:</numerusform>
            <numerusform>غيّر شخص آخر ميزة واحدة في هذا الخادم أثناء تحريرك. لم يُستبدل أي شيء:</numerusform>
            <numerusform>غيّر شخص آخر ميزتين في هذا الخادم أثناء تحريرك. لم يُستبدل أي شيء:</numerusform>
            <numerusform>غيّر شخص آخر %n ميزات في هذا الخادم أثناء تحريرك. لم يُستبدل أي شيء:</numerusform>
            <numerusform>غيّر شخص آخر %n ميزة في هذا الخادم أثناء تحريرك. لم يُستبدل أي شيء:</numerusform>
            <numerusform>غيّر شخص آخر %n ميزة في هذا الخادم أثناء تحريرك. لم يُستبدل أي شيء:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — theirs: %2; yours: %3</source>
        <translation>%1 — نسختهم: %2؛ نسختك: %3</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>جارٍ حفظ %n تغيير…</numerusform>
            <numerusform>جارٍ حفظ تغيير واحد…</numerusform>
            <numerusform>جارٍ حفظ تغييرين…</numerusform>
            <numerusform>جارٍ حفظ %n تغييرات…</numerusform>
            <numerusform>جارٍ حفظ %n تغييرًا…</numerusform>
            <numerusform>جارٍ حفظ %n تغيير…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save every change to “%1”: %2. What failed is still marked as changed; Save again to retry.</source>
        <translation>تعذّر حفظ كل التغييرات على «%1»: %2. ما فشل لا يزال معلّمًا كمعدَّل؛ احفظ مرة أخرى لإعادة المحاولة.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to “%1”.</source>
        <translation>
            <numerusform>تم حفظ %n تغيير على «%1».</numerusform>
            <numerusform>تم حفظ تغيير واحد على «%1».</numerusform>
            <numerusform>تم حفظ تغييرين على «%1».</numerusform>
            <numerusform>تم حفظ %n تغييرات على «%1».</numerusform>
            <numerusform>تم حفظ %n تغييرًا على «%1».</numerusform>
            <numerusform>تم حفظ %n تغيير على «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation>تم التراجع عن التغييرات.</translation>
    </message>
    <message>
        <source>Disconnecting “%1”…</source>
        <translation>جارٍ فصل «%1»…</translation>
    </message>
    <message>
        <source>Could not disconnect “%1”: %2</source>
        <translation>تعذّر فصل «%1»: %2</translation>
    </message>
    <message>
        <source>Disconnected “%1”.</source>
        <translation>تم فصل «%1».</translation>
    </message>
</context>
<context>
    <name>FeatureMappingModel</name>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>إعلانات</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>category</source>
        <translation>فئة</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>منتدى</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>مسرح</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>غير مدعوم</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>بلا قناة</translation>
    </message>
    <message>
        <source>Missing channel %1</source>
        <translation>قناة مفقودة %1</translation>
    </message>
    <message>
        <source>No mention</source>
        <comment>no role is mentioned</comment>
        <translation>بلا إشارة</translation>
    </message>
    <message>
        <source>Missing role %1</source>
        <translation>دور مفقود %1</translation>
    </message>
    <message>
        <source>on</source>
        <comment>feature enabled</comment>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>off</source>
        <comment>feature disabled</comment>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>Unsaved change</source>
        <translation>تغيير غير محفوظ</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>feature never configured</comment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Not in the feature catalog: kept as the server has it, and still editable.</source>
        <translation>غير موجودة في كتالوج الميزات: محفوظة كما هي على الخادم، ولا تزال قابلة للتحرير.</translation>
    </message>
    <message>
        <source>Changed, not saved yet. On the server: %1</source>
        <translation>معدّلة ولم تُحفظ بعد. على الخادم: %1</translation>
    </message>
    <message>
        <source>Someone else changed this feature meanwhile: theirs %1, yours %2.</source>
        <translation>غيّر شخص آخر هذه الميزة في الأثناء: نسختهم %1، ونسختك %2.</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>غير موجودة في الكتالوج</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>الميزة</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Mention role</source>
        <translation>الإشارة إلى دور</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>The channel ID “%1” is not a Discord ID.</source>
        <translation>معرّف القناة «%1» ليس معرّف Discord.</translation>
    </message>
    <message>
        <source>Channel %1 no longer exists in this server: choose another one or clear it.</source>
        <translation>القناة %1 لم تعد موجودة في هذا الخادم: اختر قناة أخرى أو امسح الاختيار.</translation>
    </message>
    <message>
        <source>#%1 is a %2 channel; features post to text or announcement channels.</source>
        <translation>#%1 قناة من نوع «%2»؛ تنشر الميزات في القنوات النصية أو قنوات الإعلانات.</translation>
    </message>
    <message>
        <source>Enabled, but no channel is chosen.</source>
        <translation>مفعّلة، لكن لم تُختر أي قناة.</translation>
    </message>
    <message>
        <source>The role ID “%1” is not a Discord ID.</source>
        <translation>معرّف الدور «%1» ليس معرّف Discord.</translation>
    </message>
    <message>
        <source>Role %1 no longer exists in this server: choose another one or clear it.</source>
        <translation>الدور %1 لم يعد موجودًا في هذا الخادم: اختر دورًا آخر أو امسح الاختيار.</translation>
    </message>
    <message>
        <source>The bot lacks permission to post in #%1.</source>
        <translation>لا يملك البوت صلاحية النشر في #%1.</translation>
    </message>
    <message>
        <source>%1 is not mentionable: the mention will not notify anyone.</source>
        <translation>%1 غير قابل للإشارة: لن تُنبّه الإشارة أحدًا.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No server is selected.</source>
        <translation>لم يتم اختيار أي خادم.</translation>
    </message>
    <message>
        <source>You may look at the mappings but not change them.</source>
        <translation>يمكنك عرض التعيينات لكن لا يمكنك تغييرها.</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n feature(s) meanwhile: keep yours or take theirs first.</source>
        <translation>
            <numerusform>غيّر شخص آخر %n ميزة في الأثناء: احتفظ بنسختك أو اعتمد نسختهم أولًا.</numerusform>
            <numerusform>غيّر شخص آخر ميزة واحدة في الأثناء: احتفظ بنسختك أو اعتمد نسختهم أولًا.</numerusform>
            <numerusform>غيّر شخص آخر ميزتين في الأثناء: احتفظ بنسختك أو اعتمد نسختهم أولًا.</numerusform>
            <numerusform>غيّر شخص آخر %n ميزات في الأثناء: احتفظ بنسختك أو اعتمد نسختهم أولًا.</numerusform>
            <numerusform>غيّر شخص آخر %n ميزة في الأثناء: احتفظ بنسختك أو اعتمد نسختهم أولًا.</numerusform>
            <numerusform>غيّر شخص آخر %n ميزة في الأثناء: احتفظ بنسختك أو اعتمد نسختهم أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (و%n مشكلة أخرى)</numerusform>
            <numerusform>%1 (ومشكلة أخرى)</numerusform>
            <numerusform>%1 (ومشكلتان أخريان)</numerusform>
            <numerusform>%1 (و%n مشكلات أخرى)</numerusform>
            <numerusform>%1 (و%n مشكلة أخرى)</numerusform>
            <numerusform>%1 (و%n مشكلة أخرى)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>لا يوجد ما يُحفظ.</translation>
    </message>
    <message>
        <source>#%1 is a %2 channel, a type this version of the app does not know, and the server says the bot cannot post there.</source>
        <translation>#%1 قناة من نوع %2، وهو نوع لا يعرفه هذا الإصدار من التطبيق، ويفيد الخادم بأن البوت لا يستطيع النشر فيها.</translation>
    </message>
</context>
<context>
    <name>GuildListPane</name>
    <message>
        <source>Show All Servers</source>
        <translation>عرض كل الخوادم</translation>
    </message>
    <message>
        <source>Back to Bots</source>
        <translation>العودة إلى البوتات</translation>
    </message>
    <message>
        <source>Search by server, server ID or account</source>
        <translation>البحث بالخادم أو معرّف الخادم أو الحساب</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>البحث في الخوادم</translation>
    </message>
    <message>
        <source>Add Server…</source>
        <translation>إضافة خادم…</translation>
    </message>
    <message>
        <source>Add the Lumio bot to a Discord server for an account</source>
        <translation>إضافة بوت Lumio إلى خادم Discord لحساب ما</translation>
    </message>
    <message>
        <source>Discord servers</source>
        <translation>خوادم Discord</translation>
    </message>
    <message>
        <source>The account %1 has no Discord server.</source>
        <translation>لا يملك الحساب %1 أي خادم Discord.</translation>
    </message>
    <message>
        <source>Discord servers of the account %1</source>
        <translation>خوادم Discord للحساب %1</translation>
    </message>
    <message>
        <source>Loading servers…</source>
        <translation>جارٍ تحميل الخوادم…</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n خادم</numerusform>
            <numerusform>خادم واحد</numerusform>
            <numerusform>خادمان</numerusform>
            <numerusform>%n خوادم</numerusform>
            <numerusform>%n خادمًا</numerusform>
            <numerusform>%n خادم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s)</source>
        <translation>
            <numerusform>%1 من %n خادم</numerusform>
            <numerusform>%1 من خادم واحد</numerusform>
            <numerusform>%1 من خادمين</numerusform>
            <numerusform>%1 من %n خوادم</numerusform>
            <numerusform>%1 من %n خادمًا</numerusform>
            <numerusform>%1 من %n خادم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentController</name>
    <message>
        <source>Start &amp;Incident…</source>
        <translation>بدء حادث…</translation>
    </message>
    <message>
        <source>Tag every action from now on with an incident's name</source>
        <translation>وسم كل إجراء من الآن فصاعدًا باسم حادث</translation>
    </message>
    <message>
        <source>&amp;Close Incident</source>
        <translation>إغلاق الحادث</translation>
    </message>
    <message>
        <source>Stop tagging actions with the open incident</source>
        <translation>إيقاف وسم الإجراءات بالحادث المفتوح</translation>
    </message>
    <message>
        <source>&amp;Revert Incident…</source>
        <translation>التراجع عن الحادث…</translation>
    </message>
    <message>
        <source>Resume the bots the incident paused and pause those it resumed, where nothing changed since</source>
        <translation>استئناف البوتات التي أوقفها الحادث مؤقتًا وإيقاف التي استأنفها، حيث لم يتغيّر شيء منذ ذلك الحين</translation>
    </message>
    <message>
        <source>&amp;Export Incident Report…</source>
        <translation>تصدير تقرير الحادث…</translation>
    </message>
    <message>
        <source>Save the incident's timeline as Markdown and CSV</source>
        <translation>حفظ الخط الزمني للحادث بصيغتي Markdown وCSV</translation>
    </message>
    <message>
        <source>Export incident report %1…</source>
        <translation>تصدير تقرير الحادث %1…</translation>
    </message>
    <message>
        <source>Revert incident %1…</source>
        <translation>التراجع عن الحادث %1…</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>الحادث %1</translation>
    </message>
    <message>
        <source>Incident %1 is open (since %2). Every action is tagged with it in the triage log. Click for its commands.</source>
        <translation>الحادث %1 مفتوح (منذ %2). يُوسم به كل إجراء في سجل الفرز. انقر لعرض أوامره.</translation>
    </message>
    <message>
        <source>Open incident: %1</source>
        <translation>الحادث المفتوح: %1</translation>
    </message>
    <message>
        <source>Incidents need the triage log, which could not be opened.</source>
        <translation>تحتاج الحوادث إلى سجل الفرز، وقد تعذّر فتحه.</translation>
    </message>
    <message>
        <source>The incident could not be started: %1</source>
        <translation>تعذّر بدء الحادث: %1</translation>
    </message>
    <message>
        <source>Incident %1 started: every action is tagged with it.</source>
        <translation>بدأ الحادث %1: يُوسم به كل إجراء.</translation>
    </message>
    <message>
        <source>Incident %1 closed; incident %2 started.</source>
        <translation>أُغلق الحادث %1؛ وبدأ الحادث %2.</translation>
    </message>
    <message>
        <source>The incident could not be closed: %1</source>
        <translation>تعذّر إغلاق الحادث: %1</translation>
    </message>
    <message>
        <source>Incident %1 closed. Revert Incident and Export Incident Report still work on it.</source>
        <translation>أُغلق الحادث %1. ما زال «التراجع عن الحادث» و«تصدير تقرير الحادث» يعملان عليه.</translation>
    </message>
    <message>
        <source>There is no incident to revert.</source>
        <translation>لا يوجد حادث للتراجع عنه.</translation>
    </message>
    <message>
        <source>Nothing of incident %1 can be put back.</source>
        <translation>لا يمكن إعادة أي شيء من الحادث %1.</translation>
    </message>
    <message>
        <source>Revert of incident %1: 1 bot sent.</source>
        <translation>التراجع عن الحادث %1: أُرسل بوت واحد.</translation>
    </message>
    <message numerus="yes">
        <source>Revert of incident %1: %n bots sent.</source>
        <translation>
            <numerusform>التراجع عن الحادث %1: أُرسل %n بوت.</numerusform>
            <numerusform>التراجع عن الحادث %1: أُرسل بوت واحد.</numerusform>
            <numerusform>التراجع عن الحادث %1: أُرسل بوتان.</numerusform>
            <numerusform>التراجع عن الحادث %1: أُرسلت %n بوتات.</numerusform>
            <numerusform>التراجع عن الحادث %1: أُرسل %n بوتًا.</numerusform>
            <numerusform>التراجع عن الحادث %1: أُرسل %n بوت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert of incident %1 cancelled: nothing more was sent.</source>
        <translation>أُلغي التراجع عن الحادث %1: لم يُرسل شيء آخر.</translation>
    </message>
    <message>
        <source>There is no incident to report.</source>
        <translation>لا يوجد حادث لإعداد تقرير عنه.</translation>
    </message>
    <message>
        <source>Export Incident Report of %1</source>
        <translation>تصدير تقرير الحادث %1</translation>
    </message>
    <message>
        <source>Markdown, with a CSV beside it (*.md)</source>
        <translation>Markdown، مع ملف CSV بجانبه (*.md)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>Report of incident %1 saved: %2 and %3</source>
        <translation>حُفظ تقرير الحادث %1: %2 و%3</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>%1 (%2)</source>
        <comment>Discord server name (server ID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sent (UTC)</source>
        <translation>أُرسل (UTC)</translation>
    </message>
    <message>
        <source>Answered (UTC)</source>
        <translation>أُجيب (UTC)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>ملف الخادم</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>معرّف الحساب</translation>
    </message>
    <message>
        <source>Platform or server</source>
        <translation>المنصة أو الخادم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>رسالة الخادم</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>تقرير الحادث: %1</translation>
    </message>
    <message>
        <source>No start of this incident is in the triage log.</source>
        <translation>لا يحتوي سجل الفرز على بداية لهذا الحادث.</translation>
    </message>
    <message>
        <source>**Started** %1 by %2 (server profile %3)</source>
        <translation>**بدأ** %1 بواسطة %2 (ملف الخادم %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>**Closed** %1 by %2</source>
        <translation>**أُغلق** %1 بواسطة %2</translation>
    </message>
    <message>
        <source>**Still open** when this report was made</source>
        <translation>**ما زال مفتوحًا** عند إعداد هذا التقرير</translation>
    </message>
    <message>
        <source>**1 action**:</source>
        <translation>**إجراء واحد**:</translation>
    </message>
    <message numerus="yes">
        <source>**%n actions**:</source>
        <translation>
            <numerusform>**%n إجراء**:</numerusform>
            <numerusform>**إجراء واحد**:</numerusform>
            <numerusform>**إجراءان**:</numerusform>
            <numerusform>**%n إجراءات**:</numerusform>
            <numerusform>**%n إجراءً**:</numerusform>
            <numerusform>**%n إجراء**:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 OK, %2 failed, %3 without an answer, %4 other</source>
        <translation>%1 ناجح، %2 فاشل، %3 بلا رد، %4 أخرى</translation>
    </message>
    <message>
        <source>**Operators**: %1</source>
        <translation>**المشغّلون**: %1</translation>
    </message>
    <message>
        <source>**Server profiles**: %1</source>
        <translation>**ملفات الخادم**: %1</translation>
    </message>
    <message>
        <source>**Exported** %1</source>
        <translation>**صُدّر** %1</translation>
    </message>
    <message>
        <source>Timeline (times in UTC)</source>
        <translation>الخط الزمني (الأوقات بتوقيت UTC)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادث</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>معرّف المشغّل</translation>
    </message>
</context>
<context>
    <name>IncidentRevertDialog</name>
    <message>
        <source>Revert Incident</source>
        <translation>التراجع عن الحادث</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>الحادث:</translation>
    </message>
    <message>
        <source>Not every bot is loaded yet: what the incident changed cannot be compared with what the bots are now. Try again when the Bots page has loaded.</source>
        <translation>لم تُحمَّل كل البوتات بعد: لا يمكن مقارنة ما غيّره الحادث بحالة البوتات الآن. أعد المحاولة بعد تحميل صفحة البوتات.</translation>
    </message>
    <message>
        <source>&amp;Revert 1 Bot…</source>
        <translation>التراجع عن بوت واحد…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revert %n Bots…</source>
        <translation>
            <numerusform>التراجع عن %n بوت…</numerusform>
            <numerusform>التراجع عن بوت واحد…</numerusform>
            <numerusform>التراجع عن بوتين…</numerusform>
            <numerusform>التراجع عن %n بوتات…</numerusform>
            <numerusform>التراجع عن %n بوتًا…</numerusform>
            <numerusform>التراجع عن %n بوت…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks once more on the Bots page before anything is sent</source>
        <translation>يسأل مرة أخرى في صفحة البوتات قبل إرسال أي شيء</translation>
    </message>
</context>
<context>
    <name>IncidentStartDialog</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Letters, digits, spaces and punctuation only (no control characters).</source>
        <translation>أحرف وأرقام ومسافات وعلامات ترقيم فقط (بلا أحرف تحكم).</translation>
    </message>
    <message>
        <source>This incident is already open.</source>
        <translation>هذا الحادث مفتوح بالفعل.</translation>
    </message>
    <message>
        <source>Start Incident</source>
        <translation>بدء حادث</translation>
    </message>
    <message>
        <source>Incident &amp;name:</source>
        <translation>اسم الحادث:</translation>
    </message>
    <message>
        <source>e.g. INC-2291</source>
        <translation>مثل INC-2291</translation>
    </message>
    <message>
        <source>Until you close it, every action you take (bots and Discord, from every page, the command palette and undo) is written to the triage log with this name, and the window shows it. It stays open when the app is restarted. Revert Incident and Export Incident Report work on everything tagged with it.</source>
        <translation>إلى أن تغلقه، يُكتب كل إجراء تتخذه (البوتات وDiscord، من أي صفحة ولوحة الأوامر والتراجع) في سجل الفرز بهذا الاسم، وتعرضه النافذة. يبقى مفتوحًا عند إعادة تشغيل التطبيق. يعمل «التراجع عن الحادث» و«تصدير تقرير الحادث» على كل ما وُسم به.</translation>
    </message>
    <message>
        <source>The incident “%1” is open: starting another one closes it.</source>
        <translation>الحادث «%1» مفتوح: بدء حادث آخر يغلقه.</translation>
    </message>
    <message>
        <source>&amp;Start Incident</source>
        <translation>بدء الحادث</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sign &amp;In or Switch Profile…</source>
        <translation>تسجيل الدخول أو تبديل الملف الشخصي…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Sign out and remove the saved token</source>
        <translation>تسجيل الخروج وحذف الرمز المحفوظ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Check the sign-in and reload the page</source>
        <translation>التحقق من تسجيل الدخول وإعادة تحميل الصفحة</translation>
    </message>
    <message>
        <source>Reconnect &amp;Live Updates</source>
        <translation>إعادة الاتصال بالتحديثات المباشرة</translation>
    </message>
    <message>
        <source>Try the live connection again now</source>
        <translation>أعد محاولة الاتصال المباشر الآن</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Account and Permissions…</source>
        <translation>الحساب والصلاحيات…</translation>
    </message>
    <message>
        <source>&amp;About Lumio Bot Control</source>
        <translation>حول Lumio Bot Control</translation>
    </message>
    <message>
        <source>About Lumio Bot Control</source>
        <translation>حول Lumio Bot Control</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lumio Bot Control %1&lt;/h3&gt;&lt;p&gt;The staff console for Lumio chat bots.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lumio Bot Control %1&lt;/h3&gt;&lt;p&gt;وحدة تحكم الموظفين لبوتات الدردشة في Lumio.&lt;/p&gt;&lt;p&gt;مبني باستخدام Qt %2، ويعمل على Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>حذف الملف الشخصي</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved token?</source>
        <translation>هل تريد حذف الملف الشخصي «%1» ورمزه المحفوظ؟</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>مسجّل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Lumio Bot Control</source>
        <translation>Lumio Bot Control</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Bots</source>
        <comment>menu</comment>
        <translation>البوتات</translation>
    </message>
    <message>
        <source>&amp;Discord</source>
        <comment>menu</comment>
        <translation>Discord</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <comment>menu</comment>
        <translation>الفرز</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Pages and actions</source>
        <translation>الصفحات والإجراءات</translation>
    </message>
    <message>
        <source>Stale data</source>
        <comment>status bar mark</comment>
        <translation>بيانات قديمة</translation>
    </message>
    <message>
        <source>The live connection is down; what you see may be out of date.</source>
        <translation>الاتصال المباشر منقطع؛ قد تكون المعلومات المعروضة قديمة.</translation>
    </message>
    <message>
        <source>The system keychain could not keep the token (%1). You will be asked for it next time.</source>
        <translation>تعذّر على سلسلة مفاتيح النظام حفظ الرمز (%1). سيُطلب منك في المرة القادمة.</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;لوحة الأوامر…</translation>
    </message>
    <message>
        <source>Find and run any command or bot</source>
        <translation>البحث عن أي أمر أو بوت وتنفيذه</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>page name, changes since you looked</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since you last looked at this page</source>
        <translation>
            <numerusform>لا تغييرات منذ آخر نظرة إلى هذه الصفحة</numerusform>
            <numerusform>تغيير واحد منذ آخر نظرة إلى هذه الصفحة</numerusform>
            <numerusform>تغييران منذ آخر نظرة إلى هذه الصفحة</numerusform>
            <numerusform>%n تغييرات منذ آخر نظرة إلى هذه الصفحة</numerusform>
            <numerusform>%n تغييرًا منذ آخر نظرة إلى هذه الصفحة</numerusform>
            <numerusform>%n تغيير منذ آخر نظرة إلى هذه الصفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Server &amp;Differences…</source>
        <translation>&amp;اختلافات الخادم…</translation>
    </message>
    <message>
        <source>What the server offers that this app lacks, and what it lacks that this app uses</source>
        <translation>ما يوفّره الخادم ويفتقر إليه هذا التطبيق، وما يفتقر إليه الخادم مما يستخدمه هذا التطبيق</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%1: %2</source>
        <comment>notification title: message</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PauseForDialog</name>
    <message>
        <source>Choose a time at least a minute and at most a week ahead.</source>
        <translation>اختر وقتًا بعد دقيقة على الأقل وأسبوع على الأكثر.</translation>
    </message>
    <message>
        <source>Resume planned for %1 (%2 UTC).</source>
        <translation>الاستئناف مجدول في %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>Pause For a While</source>
        <translation>إيقاف مؤقت لمدة</translation>
    </message>
    <message>
        <source>Pause the %1 bot of “%2” now and resume it later.</source>
        <comment>platform, account</comment>
        <translation>إيقاف بوت %1 الخاص بـ «%2» الآن واستئنافه لاحقًا.</translation>
    </message>
    <message>
        <source>Pause 1 bot now and resume it later.</source>
        <translation>إيقاف بوت واحد مؤقتًا الآن واستئنافه لاحقًا.</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n bots now and resume them later.</source>
        <translation>
            <numerusform>إيقاف %n بوت مؤقتًا الآن واستئنافها لاحقًا.</numerusform>
            <numerusform>إيقاف بوت واحد مؤقتًا الآن واستئنافه لاحقًا.</numerusform>
            <numerusform>إيقاف بوتين مؤقتًا الآن واستئنافهما لاحقًا.</numerusform>
            <numerusform>إيقاف %n بوتات مؤقتًا الآن واستئنافها لاحقًا.</numerusform>
            <numerusform>إيقاف %n بوتًا مؤقتًا الآن واستئنافها لاحقًا.</numerusform>
            <numerusform>إيقاف %n بوت مؤقتًا الآن واستئنافها لاحقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pause and the resume are tagged with the incident “%1”.</source>
        <translation>يُوسم الإيقاف المؤقت والاستئناف بالحادث «%1».</translation>
    </message>
    <message>
        <source>For &amp;15 minutes</source>
        <translation>لمدة 15 دقيقة</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>لمدة ساعة واحدة</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>حتى:</translation>
    </message>
    <message>
        <source>The server has no timed pause: Lumio Bot Control resumes these bots itself, and only while it is running. When the time comes it notifies you and asks before resuming; bots that someone else changed meanwhile are left alone. If the app is closed at that time, the resume is offered as soon as it starts again.</source>
        <translation>لا يدعم الخادم الإيقاف المؤقت المحدد بوقت: يستأنف Lumio Bot Control هذه البوتات بنفسه، وفقط أثناء تشغيله. عندما يحين الوقت يُعلمك ويسألك قبل الاستئناف؛ وتُترك البوتات التي غيّرها شخص آخر في الأثناء كما هي. إذا كان التطبيق مغلقًا في ذلك الوقت، يُعرض الاستئناف فور تشغيله من جديد.</translation>
    </message>
    <message>
        <source>&amp;Pause 1 Bot</source>
        <translation>إيقاف بوت واحد مؤقتًا</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pause %n Bots</source>
        <translation>
            <numerusform>إيقاف %n بوت مؤقتًا</numerusform>
            <numerusform>إيقاف بوت واحد مؤقتًا</numerusform>
            <numerusform>إيقاف بوتين مؤقتًا</numerusform>
            <numerusform>إيقاف %n بوتات مؤقتًا</numerusform>
            <numerusform>إيقاف %n بوتًا مؤقتًا</numerusform>
            <numerusform>إيقاف %n بوت مؤقتًا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is coming in a later release.</source>
        <translation>ستتوفر هذه الصفحة في إصدار لاحق.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. What you see may be out of date; it updates again when the connection is back.</source>
        <translation>انقطع الاتصال بالخادم. قد تكون المعلومات المعروضة قديمة؛ وستُحدَّث عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Bots</source>
        <comment>page name</comment>
        <translation>البوتات</translation>
    </message>
    <message>
        <source>Every account and platform bot with its status, live: search, filter, pause, resume and reconnect.</source>
        <translation>كل بوت لكل حساب ومنصة مع حالته مباشرة: البحث والتصفية والإيقاف المؤقت والاستئناف وإعادة الاتصال.</translation>
    </message>
    <message>
        <source>Discord guilds</source>
        <comment>page name</comment>
        <translation>خوادم Discord</translation>
    </message>
    <message>
        <source>Discord guilds mapped to Lumio accounts, and which channel each feature posts to.</source>
        <translation>خوادم Discord المرتبطة بحسابات Lumio، والقناة التي تنشر فيها كل ميزة.</translation>
    </message>
    <message>
        <source>Triage log</source>
        <comment>page name</comment>
        <translation>سجل الفرز</translation>
    </message>
    <message>
        <source>Every action you take, with the server's answer, ready for the incident report.</source>
        <translation>كل إجراء تتخذه مع رد الخادم، جاهز لتقرير الحادث.</translation>
    </message>
</context>
<context>
    <name>PlannedResumeController</name>
    <message>
        <source>Pause &amp;For…</source>
        <translation>إيقاف مؤقت لمدة…</translation>
    </message>
    <message>
        <source>Pause the selected bots now and resume them later (while the app runs)</source>
        <translation>إيقاف البوتات المحددة مؤقتًا الآن واستئنافها لاحقًا (أثناء تشغيل التطبيق)</translation>
    </message>
    <message>
        <source>Choose the bots to pause first.</source>
        <translation>اختر أولًا البوتات التي تريد إيقافها مؤقتًا.</translation>
    </message>
    <message>
        <source>Resume of 1 bot planned for %1 (%2 UTC); the app must be running then.</source>
        <translation>استئناف بوت واحد مجدول في %1 (%2 UTC)؛ يجب أن يكون التطبيق قيد التشغيل حينها.</translation>
    </message>
    <message numerus="yes">
        <source>Resume of %n bots planned for %1 (%2 UTC); the app must be running then.</source>
        <translation>
            <numerusform>استئناف %n بوت مجدول في %1 (%2 UTC)؛ يجب أن يكون التطبيق قيد التشغيل حينها.</numerusform>
            <numerusform>استئناف بوت واحد مجدول في %1 (%2 UTC)؛ يجب أن يكون التطبيق قيد التشغيل حينها.</numerusform>
            <numerusform>استئناف بوتين مجدول في %1 (%2 UTC)؛ يجب أن يكون التطبيق قيد التشغيل حينها.</numerusform>
            <numerusform>استئناف %n بوتات مجدول في %1 (%2 UTC)؛ يجب أن يكون التطبيق قيد التشغيل حينها.</numerusform>
            <numerusform>استئناف %n بوتًا مجدول في %1 (%2 UTC)؛ يجب أن يكون التطبيق قيد التشغيل حينها.</numerusform>
            <numerusform>استئناف %n بوت مجدول في %1 (%2 UTC)؛ يجب أن يكون التطبيق قيد التشغيل حينها.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bots were paused, but their resume could not be planned: %1</source>
        <translation>أُوقفت البوتات مؤقتًا، لكن تعذّرت جدولة استئنافها: %1</translation>
    </message>
    <message>
        <source>Planned resume due</source>
        <translation>حان موعد الاستئناف المجدول</translation>
    </message>
    <message>
        <source>1 bot paused at %1 UTC is due to be resumed.</source>
        <translation>حان موعد استئناف بوت واحد أُوقف مؤقتًا في %1 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n bots paused at %1 UTC are due to be resumed.</source>
        <translation>
            <numerusform>حان موعد استئناف %n بوت أُوقفت مؤقتًا في %1 UTC.</numerusform>
            <numerusform>حان موعد استئناف بوت واحد أُوقف مؤقتًا في %1 UTC.</numerusform>
            <numerusform>حان موعد استئناف بوتين أُوقفا مؤقتًا في %1 UTC.</numerusform>
            <numerusform>حان موعد استئناف %n بوتات أُوقفت مؤقتًا في %1 UTC.</numerusform>
            <numerusform>حان موعد استئناف %n بوتًا أُوقفت مؤقتًا في %1 UTC.</numerusform>
            <numerusform>حان موعد استئناف %n بوت أُوقفت مؤقتًا في %1 UTC.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until every bot is loaded, then resume.</source>
        <translation>انتظر حتى تُحمَّل كل البوتات، ثم استأنف.</translation>
    </message>
    <message>
        <source>None of these bots can be resumed: each was changed since.</source>
        <translation>لا يمكن استئناف أي من هذه البوتات: تغيّر كل منها منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>The planned resume was not sent; it stays in the status bar.</source>
        <translation>لم يُرسل الاستئناف المجدول؛ يبقى في شريط الحالة.</translation>
    </message>
    <message>
        <source>You will be reminded again at %1.</source>
        <translation>سيُذكّرك التطبيق مجددًا في %1.</translation>
    </message>
    <message>
        <source>Planned resume forgotten: the bots stay paused.</source>
        <translation>أُلغي الاستئناف المجدول: تبقى البوتات متوقفة مؤقتًا.</translation>
    </message>
    <message>
        <source>Due since %1: 1 bot</source>
        <translation>مستحق منذ %1: بوت واحد</translation>
    </message>
    <message numerus="yes">
        <source>Due since %1: %n bots</source>
        <translation>
            <numerusform>مستحق منذ %1: %n بوت</numerusform>
            <numerusform>مستحق منذ %1: بوت واحد</numerusform>
            <numerusform>مستحق منذ %1: بوتان</numerusform>
            <numerusform>مستحق منذ %1: %n بوتات</numerusform>
            <numerusform>مستحق منذ %1: %n بوتًا</numerusform>
            <numerusform>مستحق منذ %1: %n بوت</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1: 1 bot</source>
        <translation>في %1: بوت واحد</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n bots</source>
        <translation>
            <numerusform>في %1: %n بوت</numerusform>
            <numerusform>في %1: بوت واحد</numerusform>
            <numerusform>في %1: بوتان</numerusform>
            <numerusform>في %1: %n بوتات</numerusform>
            <numerusform>في %1: %n بوتًا</numerusform>
            <numerusform>في %1: %n بوت</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume at %1</source>
        <translation>الاستئناف في %1</translation>
    </message>
    <message>
        <source>Resume due</source>
        <translation>حان موعد الاستئناف</translation>
    </message>
    <message numerus="yes">
        <source>%n resumes due</source>
        <translation>
            <numerusform>%n استئناف مستحق</numerusform>
            <numerusform>استئناف واحد مستحق</numerusform>
            <numerusform>استئنافان مستحقان</numerusform>
            <numerusform>%n استئنافات مستحقة</numerusform>
            <numerusform>%n استئنافًا مستحقًا</numerusform>
            <numerusform>%n استئناف مستحق</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned resumes:</source>
        <translation>الاستئنافات المجدولة:</translation>
    </message>
    <message>
        <source>The app resumes them only while it is running, and asks first.</source>
        <translation>يستأنفها التطبيق فقط أثناء تشغيله، ويسأل أولًا.</translation>
    </message>
</context>
<context>
    <name>PlannedResumeDialog</name>
    <message>
        <source>Planned Resume</source>
        <translation>الاستئناف المجدول</translation>
    </message>
    <message>
        <source>Planned resume due</source>
        <translation>حان موعد الاستئناف المجدول</translation>
    </message>
    <message>
        <source>Resume planned for %1 UTC</source>
        <translation>الاستئناف مجدول في %1 UTC</translation>
    </message>
    <message>
        <source>1 bot was paused at %1 UTC to be resumed at %2 UTC.</source>
        <translation>أُوقف بوت واحد مؤقتًا في %1 UTC ليُستأنف في %2 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n bots were paused at %1 UTC to be resumed at %2 UTC.</source>
        <translation>
            <numerusform>أُوقف %n بوت مؤقتًا في %1 UTC لتُستأنف في %2 UTC.</numerusform>
            <numerusform>أُوقف بوت واحد مؤقتًا في %1 UTC ليُستأنف في %2 UTC.</numerusform>
            <numerusform>أُوقف بوتان مؤقتًا في %1 UTC ليُستأنفا في %2 UTC.</numerusform>
            <numerusform>أُوقفت %n بوتات مؤقتًا في %1 UTC لتُستأنف في %2 UTC.</numerusform>
            <numerusform>أُوقف %n بوتًا مؤقتًا في %1 UTC لتُستأنف في %2 UTC.</numerusform>
            <numerusform>أُوقف %n بوت مؤقتًا في %1 UTC لتُستأنف في %2 UTC.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident: %1.</source>
        <translation>الحادث: %1.</translation>
    </message>
    <message>
        <source>Server profile: %1.</source>
        <translation>ملف الخادم: %1.</translation>
    </message>
    <message>
        <source>Not every bot is loaded yet: the resume is judged once they are.</source>
        <translation>لم تُحمَّل كل البوتات بعد: يُقيَّم الاستئناف بعد تحميلها.</translation>
    </message>
    <message>
        <source>&amp;Resume 1 Bot…</source>
        <translation>استئناف بوت واحد…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume %n Bots…</source>
        <translation>
            <numerusform>استئناف %n بوت…</numerusform>
            <numerusform>استئناف بوت واحد…</numerusform>
            <numerusform>استئناف بوتين…</numerusform>
            <numerusform>استئناف %n بوتات…</numerusform>
            <numerusform>استئناف %n بوتًا…</numerusform>
            <numerusform>استئناف %n بوت…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks once more on the Bots page before anything is sent</source>
        <translation>يسأل مرة أخرى في صفحة البوتات قبل إرسال أي شيء</translation>
    </message>
    <message>
        <source>Remind Me in &amp;5 Minutes</source>
        <translation>ذكّرني بعد 5 دقائق</translation>
    </message>
    <message>
        <source>&amp;Forget This Plan</source>
        <translation>تجاهل هذه الخطة</translation>
    </message>
    <message>
        <source>Leave the bots paused and stop reminding me</source>
        <translation>إبقاء البوتات متوقفة مؤقتًا والتوقف عن تذكيري</translation>
    </message>
</context>
<context>
    <name>ServerDifferencesMark</name>
    <message>
        <source>platform</source>
        <comment>server differences: the Platform enum</comment>
        <translation>المنصة</translation>
    </message>
    <message>
        <source>bot status</source>
        <comment>server differences: the BotStatus enum</comment>
        <translation>حالة البوت</translation>
    </message>
    <message>
        <source>channel type</source>
        <comment>server differences: the DiscordChannelType enum</comment>
        <translation>نوع القناة</translation>
    </message>
    <message>
        <source>guild event</source>
        <comment>server differences: the DiscordGuildEventKind enum</comment>
        <translation>حدث الخادم</translation>
    </message>
    <message>
        <source>live updates</source>
        <comment>server differences: what the server lacks</comment>
        <translation>التحديثات المباشرة</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <comment>server differences: what the server lacks</comment>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>Discord server list</source>
        <comment>server differences: what the server lacks</comment>
        <translation>قائمة خوادم Discord</translation>
    </message>
    <message>
        <source>feature catalog</source>
        <comment>server differences: what the server lacks</comment>
        <translation>فهرس الميزات</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>server differences: first items, how many more</comment>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 وعنصر آخر</numerusform>
            <numerusform>%1 وعنصران آخران</numerusform>
            <numerusform>%1 و%n عناصر أخرى</numerusform>
            <numerusform>%1 و%n عنصرًا آخر</numerusform>
            <numerusform>%1 و%n عنصر آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>platform %1</source>
        <comment>server differences: no bot count known</comment>
        <translation>المنصة %1</translation>
    </message>
    <message numerus="yes">
        <source>platform %1 (%Ln bot(s))</source>
        <comment>server differences</comment>
        <translation>
            <numerusform>المنصة %1 (لا بوتات)</numerusform>
            <numerusform>المنصة %1 (بوت واحد)</numerusform>
            <numerusform>المنصة %1 (بوتان)</numerusform>
            <numerusform>المنصة %1 (%Ln بوتات)</numerusform>
            <numerusform>المنصة %1 (%Ln بوتًا)</numerusform>
            <numerusform>المنصة %1 (%Ln بوت)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>server differences: enum noun, its new values</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no %1</source>
        <comment>server differences: what the server lacks</comment>
        <translation>دون %1</translation>
    </message>
    <message>
        <source>no %1 %2</source>
        <comment>server differences: enum noun, values the server lacks</comment>
        <translation>دون %1 %2</translation>
    </message>
    <message>
        <source>Server differs from this app: %1</source>
        <translation>الخادم يختلف عن هذا التطبيق: %1</translation>
    </message>
    <message>
        <source>Server is newer than this app: %1</source>
        <translation>الخادم أحدث من هذا التطبيق: %1</translation>
    </message>
    <message>
        <source>Server is older than this app: %1</source>
        <translation>الخادم أقدم من هذا التطبيق: %1</translation>
    </message>
    <message>
        <source>What the server offers was not read; this app assumes what this version expects.</source>
        <translation>لم تُقرأ قدرات الخادم؛ يفترض هذا التطبيق ما يتوقعه هذا الإصدار.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln bot(s)</source>
        <comment>server differences: platform, bots on it</comment>
        <translation>
            <numerusform>%1: لا بوتات</numerusform>
            <numerusform>%1: بوت واحد</numerusform>
            <numerusform>%1: بوتان</numerusform>
            <numerusform>%1: %Ln بوتات</numerusform>
            <numerusform>%1: %Ln بوتًا</numerusform>
            <numerusform>%1: %Ln بوت</numerusform>
        </translation>
    </message>
    <message>
        <source>Bots on platforms this app does not know (shown with their raw name): %1</source>
        <translation>بوتات على منصات لا يعرفها هذا التطبيق (تُعرض باسمها الخام): %1</translation>
    </message>
    <message>
        <source>Server differences</source>
        <translation>اختلافات الخادم</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Enter the server's URL.</source>
        <translation>أدخل عنوان URL للخادم.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>هذا ليس عنوان URL صالحًا: %1</translation>
    </message>
    <message>
        <source>The URL must start with %1:// .</source>
        <translation>يجب أن يبدأ عنوان URL بـ %1:// .</translation>
    </message>
    <message>
        <source>%1:// sends your token unencrypted, so it is only allowed to this machine (localhost). Use %2:// for %3.</source>
        <translation>%1:// يرسل رمزك دون تشفير، لذا لا يُسمح به إلا لهذا الجهاز (localhost). استخدم %2:// لـ %3.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The server did not accept this token: it may be mistyped, expired or revoked. Create a new token and sign in again.</source>
        <translation>لم يقبل الخادم هذا الرمز: ربما كُتب بشكل خاطئ أو انتهت صلاحيته أو أُلغي. أنشئ رمزًا جديدًا وسجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server's identity could not be verified, so the connection was refused. The app never bypasses certificate checks; ask the server's administrator.</source>
        <translation>تعذّر التحقق من هوية الخادم، لذا رُفض الاتصال. لا يتجاوز التطبيق فحص الشهادات أبدًا؛ تواصل مع مسؤول الخادم.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the URL and your network, then try again.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقق من عنوان URL ومن شبكتك، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>فشل تسجيل الدخول.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>لا يوجد ملف شخصي باسم «%1».</translation>
    </message>
    <message>
        <source>%1 is not allowed to use this console: the admin:access permission is missing. Ask an administrator to grant it, or sign in with another account.</source>
        <translation>غير مسموح لـ %1 باستخدام وحدة التحكم هذه: صلاحية admin:access مفقودة. اطلب من أحد المسؤولين منحها، أو سجّل الدخول بحساب آخر.</translation>
    </message>
    <message>
        <source>admin:access was withdrawn.</source>
        <translation>تم سحب صلاحية admin:access.</translation>
    </message>
    <message>
        <source>Your sign-in for “%1” is no longer accepted (the token expired or was revoked). Sign in again; what you were doing stays on screen.</source>
        <translation>لم يعد تسجيل دخولك إلى «%1» مقبولًا (انتهت صلاحية الرمز أو أُلغي). سجّل الدخول مرة أخرى؛ سيبقى ما كنت تعمل عليه معروضًا على الشاشة.</translation>
    </message>
    <message>
        <source>No token is saved for the profile “%1” on %2. Enter your access token for this server.</source>
        <translation>لا رمز محفوظ للملف الشخصي «%1» على %2. أدخل رمز الوصول الخاص بك لهذا الخادم.</translation>
    </message>
    <message>
        <source>The server does not say what it offers (it refused introspection: %1); this app assumes it offers what this version expects.</source>
        <translation>لا يُفصح الخادم عمّا يوفّره (رفض الاستبطان: %1)؛ يفترض هذا التطبيق أنه يوفّر ما يتوقعه هذا الإصدار.</translation>
    </message>
    <message>
        <source>What the server offers could not be read (%1); this app assumes what this version expects.</source>
        <translation>تعذّرت قراءة ما يوفّره الخادم (%1)؛ يفترض هذا التطبيق ما يتوقعه هذا الإصدار.</translation>
    </message>
    <message>
        <source>The server did not say in time what it offers; this app assumes what this version expects for now.</source>
        <translation>لم يُفصح الخادم في الوقت المناسب عمّا يوفّره؛ يفترض هذا التطبيق حاليًا ما يتوقعه هذا الإصدار.</translation>
    </message>
    <message>
        <source>This server offers no live updates (it has no subscriptions: an older Lumio API).</source>
        <translation>لا يوفّر هذا الخادم تحديثات مباشرة (لا اشتراكات لديه: واجهة Lumio أقدم).</translation>
    </message>
    <message>
        <source>Live updates are off: the WebSocket URL is on another server (%1) than the GraphQL URL, and you have not confirmed that it may receive your token. Confirm it in the sign-in dialog to turn them on.</source>
        <translation>التحديثات المباشرة متوقفة: عنوان WebSocket على خادم آخر (%1) غير خادم عنوان GraphQL، ولم تؤكد أنه يجوز له استلام رمزك. أكّد ذلك في نافذة تسجيل الدخول لتشغيلها.</translation>
    </message>
</context>
<context>
    <name>SessionMarks</name>
    <message>
        <source>Read-only</source>
        <translation>للقراءة فقط</translation>
    </message>
    <message>
        <source>You may look at bots but not pause, resume or reconnect them.</source>
        <translation>يمكنك عرض البوتات لكن لا يمكنك إيقافها مؤقتًا أو استئنافها أو إعادة توصيلها.</translation>
    </message>
    <message>
        <source>Read-only: you may not change bots</source>
        <translation>للقراءة فقط: لا يمكنك تغيير البوتات</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>مسجّل الدخول باسم %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>مسجّل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>يلزم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>غير مسجّل الدخول</translation>
    </message>
    <message>
        <source>Server profile %1: %2</source>
        <translation>ملف الخادم %1: %2</translation>
    </message>
    <message>
        <source>Server profile %1</source>
        <translation>ملف الخادم %1</translation>
    </message>
    <message>
        <source>Critical profile %1 (production): every action on more than one bot asks you to type the number of bots.</source>
        <translation>ملف شخصي حرج %1 (بيئة الإنتاج): كل إجراء على أكثر من بوت واحد يطلب منك كتابة عدد البوتات.</translation>
    </message>
    <message>
        <source>%1 · critical</source>
        <comment>status bar: a critical server profile</comment>
        <translation>%1 · حرج</translation>
    </message>
    <message>
        <source>Critical server profile %1 (production): %2</source>
        <translation>ملف خادم حرج %1 (بيئة الإنتاج): %2</translation>
    </message>
    <message>
        <source>Critical server profile %1</source>
        <translation>ملف خادم حرج %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Follow system</source>
        <comment>theme</comment>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>داكن</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>السمة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Theme and language apply at once.</source>
        <translation>تُطبَّق السمة واللغة فورًا.</translation>
    </message>
    <message>
        <source>Bot table</source>
        <translation>جدول البوتات</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds suffix of a number</comment>
        <translation> ملّي ث</translation>
    </message>
    <message>
        <source>How long to wait after the last key before searching. Enter searches at once.</source>
        <translation>مدة الانتظار بعد آخر ضغطة مفتاح قبل البحث. يبحث مفتاح Enter فورًا.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix of a number</comment>
        <translation> ث</translation>
    </message>
    <message>
        <source>An active bot whose last heartbeat is older than this is marked stale.</source>
        <translation>يُعلَّم البوت النشط الذي تكون آخر نبضة له أقدم من هذه المدة على أنه قديم.</translation>
    </message>
    <message>
        <source>Search &amp;delay:</source>
        <translation>&amp;مهلة البحث:</translation>
    </message>
    <message>
        <source>&amp;Stale heartbeat after:</source>
        <translation>&amp;تقادم النبضة بعد:</translation>
    </message>
    <message>
        <source>&amp;Ask before pausing or resuming a single bot</source>
        <translation>&amp;طلب التأكيد قبل إيقاف بوت واحد مؤقتًا أو استئنافه</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>A &amp;watched bot changes status</source>
        <translation>تغيُّر &amp;حالة بوت مراقَب</translation>
    </message>
    <message>
        <source>A watched bot's &amp;heartbeat goes stale</source>
        <translation>تقادم &amp;نبضة بوت مراقَب</translation>
    </message>
    <message>
        <source>The &amp;connection to the server is lost</source>
        <translation>&amp;انقطاع الاتصال بالخادم</translation>
    </message>
    <message>
        <source>Type the &amp;number to confirm above:</source>
        <translation>&amp;كتابة العدد للتأكيد فوق:</translation>
    </message>
    <message>
        <source> bots</source>
        <comment>suffix of a number of bots</comment>
        <translation> بوت</translation>
    </message>
    <message>
        <source>A pause, resume or reconnect of more bots than this, or of bots on more than one platform, asks you to type the number of bots. On a critical profile every bulk action does.</source>
        <translation>الإيقاف المؤقت أو الاستئناف أو إعادة التوصيل لعدد من البوتات أكبر من هذا، أو لبوتات على أكثر من منصة، يطلب منك كتابة عدد البوتات. وفي الملف الشخصي الحرج يطلب ذلك كل إجراء جماعي.</translation>
    </message>
    <message>
        <source>How often to reload when the server offers no live updates (an older server). Never sooner than three times the last full load took.</source>
        <translation>عدد مرات إعادة التحميل حين لا يوفّر الخادم تحديثات مباشرة (خادم أقدم). لا تكون أبدًا أقرب من ثلاثة أضعاف مدة آخر تحميل كامل.</translation>
    </message>
    <message>
        <source>&amp;Reload without live updates every:</source>
        <translation>إعادة ال&amp;تحميل دون تحديثات مباشرة كل:</translation>
    </message>
</context>
<context>
    <name>ShortcutHelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>keyboard shortcut</comment>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between alternative shortcuts</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 (not available: %2)</source>
        <comment>shortcut help: action, why the server does not offer it</comment>
        <translation>%1 (غير متاح: %2)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>New profile…</source>
        <translation>ملف شخصي جديد…</translation>
    </message>
    <message>
        <source>Leave empty to use the token saved in the keychain</source>
        <translation>اتركه فارغًا لاستخدام الرمز المحفوظ في سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>Paste your personal access token</source>
        <translation>الصق رمز الوصول الشخصي</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>جارٍ التحقق من الخادم…</translation>
    </message>
    <message>
        <source>Derived from the GraphQL URL</source>
        <translation>مشتق من عنوان GraphQL</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <comment>derived WebSocket URL</comment>
        <translation>مشتق: %1</translation>
    </message>
    <message>
        <source>Give the profile a name, for example Production or Staging.</source>
        <translation>امنح الملف الشخصي اسمًا، مثل الإنتاج أو الاختبار.</translation>
    </message>
    <message>
        <source>Enter your access token.</source>
        <translation>أدخل رمز الوصول.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in to a Lumio server with your staff access token. You need the admin:access permission.</source>
        <translation>سجّل الدخول إلى خادم Lumio باستخدام رمز وصول الموظف. تحتاج إلى صلاحية admin:access.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>الملف الشخصي:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>delete the selected server profile</comment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this profile and its saved token</source>
        <translation>حذف هذا الملف الشخصي ورمزه المحفوظ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>name of a server profile</comment>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Production, Staging…</source>
        <translation>الإنتاج، الاختبار…</translation>
    </message>
    <message>
        <source>&amp;GraphQL URL:</source>
        <translation>عنوان GraphQL:</translation>
    </message>
    <message>
        <source>&amp;WebSocket URL:</source>
        <translation>عنوان WebSocket:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>رمز الوصول:</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>تذكّر الرمز في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Critical profile (production): confirm every bulk action by typing the number of bots</source>
        <translation>ملف شخصي &amp;حرج (بيئة الإنتاج): تأكيد كل إجراء جماعي بكتابة عدد البوتات</translation>
    </message>
    <message>
        <source>Marks this server as production. The window and the status bar show a coloured band, and every action on more than one bot is confirmed by typing the number of bots.</source>
        <translation>يعلّم هذا الخادم على أنه بيئة الإنتاج. تعرض النافذة وشريط الحالة شريطًا ملوّنًا، ويُؤكَّد كل إجراء على أكثر من بوت واحد بكتابة عدد البوتات.</translation>
    </message>
    <message>
        <source>Paste your token for %1 (the saved one is for %2)</source>
        <translation>الصق رمزك لـ %1 (الرمز المحفوظ لـ %2)</translation>
    </message>
    <message>
        <source>Also send my token to %1</source>
        <translation>أرسل رمزي أيضًا إلى %1</translation>
    </message>
    <message>
        <source>The WebSocket URL is on another server than the GraphQL URL. Unticked, live updates stay off for this profile: the token is only sent to the GraphQL URL's server.</source>
        <translation>عنوان WebSocket على خادم غير خادم عنوان GraphQL. دون تحديد، تبقى التحديثات المباشرة متوقفة لهذا الملف الشخصي: لا يُرسل الرمز إلا إلى خادم عنوان GraphQL.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no profile named “%1” yet: create it here.</source>
        <translation>لا يوجد ملف شخصي باسم «%1» بعد: أنشئه هنا.</translation>
    </message>
</context>
<context>
    <name>StatusBadgeDelegate</name>
    <message>
        <source>Stale</source>
        <comment>badge: heartbeat too old</comment>
        <translation>قديم</translation>
    </message>
</context>
<context>
    <name>TriageLog</name>
    <message>
        <source>The triage log was written by a newer version of the app.</source>
        <translation>كتب سجلَّ الفرز إصدارٌ أحدث من التطبيق.</translation>
    </message>
    <message>
        <source>The triage log is not open.</source>
        <translation>سجل الفرز غير مفتوح.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>فشل الطلب.</translation>
    </message>
</context>
<context>
    <name>TriageLogModel</name>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>إعادة الاتصال</translation>
    </message>
    <message>
        <source>Feature mapping saved</source>
        <translation>تم حفظ تعيين الميزة</translation>
    </message>
    <message>
        <source>Discord server disconnected</source>
        <translation>تم فصل خادم Discord</translation>
    </message>
    <message>
        <source>%1 (bulk)</source>
        <comment>triage log action of a request for several rows</comment>
        <translation>%1 (جماعي)</translation>
    </message>
    <message>
        <source>%1 (undo)</source>
        <comment>triage log action sent by Undo</comment>
        <translation>%1 (تراجع)</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <comment>triage log action sent again after a failure</comment>
        <translation>%1 (إعادة محاولة)</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>triage log result</comment>
        <translation>نجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>triage log result</comment>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>triage log: a request whose answer is the entry above it</comment>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Sent, waiting</source>
        <comment>triage log: a request in flight</comment>
        <translation>أُرسل، في انتظار الرد</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <comment>triage log: the answer never came (the app was closed?)</comment>
        <translation>أُرسل، لم يصل رد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>server profile</comment>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Platform or server</source>
        <comment>bot platform or Discord server</comment>
        <translation>المنصة أو الخادم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>رسالة الخادم</translation>
    </message>
    <message>
        <source>Discord server %1</source>
        <translation>خادم Discord %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>معرّف الحساب</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>guild name (guild id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Applied (confirmed)</source>
        <comment>triage log result: the answer was lost, but the server shows the change</comment>
        <translation>نُفِّذ (مؤكَّد)</translation>
    </message>
    <message>
        <source>Not applied</source>
        <comment>triage log result: the answer was lost, and the server shows no change</comment>
        <translation>لم يُنفَّذ</translation>
    </message>
    <message>
        <source>Unknown, checking</source>
        <comment>triage log result: the answer was lost; the app is checking the server</comment>
        <translation>غير معروف، جارٍ التحقق</translation>
    </message>
    <message>
        <source>Unknown (answer lost)</source>
        <comment>triage log result: the answer never came back</comment>
        <translation>غير معروف (فُقد الرد)</translation>
    </message>
    <message>
        <source>The request was sent but its answer was lost (a timeout, a dropped connection or a server restart), so the server may or may not have done it. The app settles it in a later entry from the server's state.</source>
        <translation>أُرسل الطلب لكن رده فُقد (انتهاء المهلة أو انقطاع الاتصال أو إعادة تشغيل الخادم)، لذا ربما نفّذه الخادم وربما لا. يحسم التطبيق ذلك في إدخال لاحق من حالة الخادم.</translation>
    </message>
    <message>
        <source>The answer was lost, but the server showed the requested state afterwards.</source>
        <translation>فُقد الرد، لكن الخادم أظهر الحالة المطلوبة بعد ذلك.</translation>
    </message>
    <message>
        <source>The answer was lost, and the server showed another state afterwards: the action did not take effect.</source>
        <translation>فُقد الرد، وأظهر الخادم حالة أخرى بعد ذلك: لم يُنفَّذ الإجراء.</translation>
    </message>
    <message>
        <source>Incident %1 started</source>
        <translation>بدأ الحادث %1</translation>
    </message>
    <message>
        <source>Incident %1 closed</source>
        <translation>أُغلق الحادث %1</translation>
    </message>
    <message>
        <source>%1 (incident revert)</source>
        <comment>triage log action sent by Revert incident</comment>
        <translation>%1 (تراجع عن حادث)</translation>
    </message>
    <message>
        <source>%1 (pause for a while)</source>
        <comment>triage log: a pause with a planned resume</comment>
        <translation>%1 (لمدة محددة)</translation>
    </message>
    <message>
        <source>%1 (planned resume)</source>
        <comment>triage log: the resume a timed pause planned</comment>
        <translation>%1 (استئناف مجدول)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>الحادث</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>who took the action</comment>
        <translation>المشغّل</translation>
    </message>
</context>
<context>
    <name>TriageLogPage</name>
    <message>
        <source>Triage log</source>
        <comment>page name</comment>
        <translation>سجل الفرز</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>آخر ساعة</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>كل الإدخالات</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>نطاق مخصص</translation>
    </message>
    <message>
        <source>Which entries to show, by time</source>
        <translation>الإدخالات التي تُعرض، حسب الوقت</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>النطاق الزمني</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;إلى:</translation>
    </message>
    <message>
        <source>Filter by account, platform, action, message…</source>
        <translation>التصفية حسب الحساب أو المنصة أو الإجراء أو الرسالة…</translation>
    </message>
    <message>
        <source>Filter the triage log</source>
        <translation>تصفية سجل الفرز</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>تصدير &amp;Markdown…</translation>
    </message>
    <message>
        <source>Copy as Mar&amp;kdown</source>
        <translation>نسخ بتنسيق Mar&amp;kdown</translation>
    </message>
    <message>
        <source>Triage log entries</source>
        <translation>إدخالات سجل الفرز</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>تصدير بتنسيق &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the selected entries (or all shown) as CSV</source>
        <translation>حفظ الإدخالات المحددة (أو كل المعروضة) بتنسيق CSV</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>تصدير بتنسيق &amp;Markdown…</translation>
    </message>
    <message>
        <source>Save the selected entries (or all shown) as a Markdown table</source>
        <translation>حفظ الإدخالات المحددة (أو كل المعروضة) كجدول Markdown</translation>
    </message>
    <message>
        <source>Copy the selected entries (or all shown) as a Markdown table for an incident report</source>
        <translation>نسخ الإدخالات المحددة (أو كل المعروضة) كجدول Markdown لتقرير الحادث</translation>
    </message>
    <message>
        <source>&amp;Filter Entries</source>
        <translation>&amp;تصفية الإدخالات</translation>
    </message>
    <message>
        <source>The triage log could not be opened: %1</source>
        <translation>تعذّر فتح سجل الفرز: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>triage log entries shown</comment>
        <translation>
            <numerusform>%n إدخال</numerusform>
            <numerusform>إدخال واحد</numerusform>
            <numerusform>إدخالان</numerusform>
            <numerusform>%n إدخالات</numerusform>
            <numerusform>%n إدخالًا</numerusform>
            <numerusform>%n إدخال</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذّر حفظ %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>تم الحفظ في %1</translation>
    </message>
    <message>
        <source>Export Triage Log as CSV</source>
        <translation>تصدير سجل الفرز بتنسيق CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Triage Log as Markdown</source>
        <translation>تصدير سجل الفرز بتنسيق Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>ملفات Markdown (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n entries as Markdown</source>
        <translation>
            <numerusform>تم نسخ %n إدخال بتنسيق Markdown</numerusform>
            <numerusform>تم نسخ إدخال واحد بتنسيق Markdown</numerusform>
            <numerusform>تم نسخ إدخالين بتنسيق Markdown</numerusform>
            <numerusform>تم نسخ %n إدخالات بتنسيق Markdown</numerusform>
            <numerusform>تم نسخ %n إدخالًا بتنسيق Markdown</numerusform>
            <numerusform>تم نسخ %n إدخال بتنسيق Markdown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageWiring</name>
    <message>
        <source>The triage log could not be opened: %1</source>
        <translation>تعذّر فتح سجل الفرز: %1</translation>
    </message>
    <message>
        <source>An action could not be written to the triage log: %1</source>
        <translation>تعذّرت كتابة إجراء في سجل الفرز: %1</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <source>Watched bot: heartbeat stale</source>
        <translation>بوت مراقَب: النبضة قديمة</translation>
    </message>
    <message>
        <source>The %1 bot of %2 has not sent a heartbeat for a while.</source>
        <translation>لم يرسل بوت %1 الخاص بـ %2 أي نبضة منذ مدة.</translation>
    </message>
    <message>
        <source>Watched bot changed</source>
        <translation>تغيّرت حالة بوت مراقَب</translation>
    </message>
    <message>
        <source>The %1 bot of %2 is now %3 (was %4).</source>
        <translation>بوت %1 الخاص بـ %2 أصبح الآن %3 (كان %4).</translation>
    </message>
    <message numerus="yes">
        <source>Watched: %n changed</source>
        <comment>bots changed since you looked</comment>
        <translation>
            <numerusform>المراقَبة: تغيّر %n بوت</numerusform>
            <numerusform>المراقَبة: تغيّر بوت واحد</numerusform>
            <numerusform>المراقَبة: تغيّر بوتان</numerusform>
            <numerusform>المراقَبة: تغيّرت %n بوتات</numerusform>
            <numerusform>المراقَبة: تغيّر %n بوتًا</numerusform>
            <numerusform>المراقَبة: تغيّر %n بوت</numerusform>
        </translation>
    </message>
    <message>
        <source>Watched bots changed since you last looked at the Bots page</source>
        <translation>البوتات المراقَبة التي تغيّرت منذ آخر مرة نظرت فيها إلى صفحة البوتات</translation>
    </message>
    <message>
        <source>&amp;Watch or Unwatch</source>
        <translation>&amp;مراقبة أو إلغاء المراقبة</translation>
    </message>
    <message>
        <source>Notify me when the selected bots change status or their heartbeat goes stale</source>
        <translation>تنبيهي عند تغيّر حالة البوتات المحددة أو تقادم نبضتها</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n bots</source>
        <translation>
            <numerusform>تتم الآن مراقبة %n بوت</numerusform>
            <numerusform>تتم الآن مراقبة بوت واحد</numerusform>
            <numerusform>تتم الآن مراقبة بوتين</numerusform>
            <numerusform>تتم الآن مراقبة %n بوتات</numerusform>
            <numerusform>تتم الآن مراقبة %n بوتًا</numerusform>
            <numerusform>تتم الآن مراقبة %n بوت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped watching %n bots</source>
        <translation>
            <numerusform>تم إيقاف مراقبة %n بوت</numerusform>
            <numerusform>تم إيقاف مراقبة بوت واحد</numerusform>
            <numerusform>تم إيقاف مراقبة بوتين</numerusform>
            <numerusform>تم إيقاف مراقبة %n بوتات</numerusform>
            <numerusform>تم إيقاف مراقبة %n بوتًا</numerusform>
            <numerusform>تم إيقاف مراقبة %n بوت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The sandbox has no token for the role %1.</source>
        <translation>لا تحتوي بيئة الاختبار على رمز للدور %1.</translation>
    </message>
</context>
</TS>
