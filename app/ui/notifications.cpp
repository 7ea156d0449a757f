// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "notifications.h"

#include "appinfo.h"
#include "clock.h"
#include "decisions.h"
#include "gatestore.h"
#include "gatetreemodel.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

#include <nlohmann/json.hpp>

namespace gl::ui {
namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
// The desktop-entry hint names the .desktop file without its suffix; the icon has the same name.
const QString kAppId = QString::fromLatin1(gl::appinfo::id);

} // namespace

// --- D-Bus ------------------------------------------------------------------------------------------

DBusNotificationSink::DBusNotificationSink(QObject *parent) : NotificationSink(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                SLOT(onClosed(uint, uint)));
}

bool DBusNotificationSink::serviceAvailable()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kService).value();
}

quint32 DBusNotificationSink::show(const NotificationRequest &request)
{
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), kAppId);
    hints.insert(QStringLiteral("category"), QStringLiteral("x-greenlight.approval"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue<uchar>(1));
    if (request.sound) {
        hints.insert(QStringLiteral("sound-name"), QStringLiteral("message-new-instant"));
    } else {
        hints.insert(QStringLiteral("suppress-sound"), true);
    }
    // Replacing one the daemon has numbered keeps its place (and our id); otherwise a new one.
    const uint replaces = m_daemonId.value(request.replaces, 0);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QString::fromLatin1(gl::appinfo::name) << quint32(replaces) << kAppId << request.summary
         << request.body << request.actions << hints << qint32(-1);
    const quint32 ours = replaces != 0 ? request.replaces : ++m_next;
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, ours, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            qWarning("Greenlight: the notification service refused a notification: %s",
                     qPrintable(reply.error().message()));
            Q_EMIT closed(ours);
            return;
        }
        m_daemonId.insert(ours, reply.value());
        m_ourId.insert(reply.value(), ours);
        if (m_closeOnArrival.remove(ours)) {
            close(ours);
        }
    });
    return ours;
}

void DBusNotificationSink::close(quint32 id)
{
    const auto it = m_daemonId.constFind(id);
    if (it == m_daemonId.cend()) {
        m_closeOnArrival.insert(id); // the daemon has not answered yet
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    call << *it;
    QDBusConnection::sessionBus().call(call, QDBus::NoBlock);
}

void DBusNotificationSink::onActionInvoked(uint id, const QString &action)
{
    if (const quint32 ours = m_ourId.value(id)) {
        Q_EMIT actionInvoked(ours, action);
    }
}

void DBusNotificationSink::onClosed(uint id, uint)
{
    if (const quint32 ours = m_ourId.take(id)) {
        m_daemonId.remove(ours);
        Q_EMIT closed(ours);
    }
}

// --- tray -------------------------------------------------------------------------------------------

TrayNotificationSink::TrayNotificationSink(QSystemTrayIcon *tray, QObject *parent)
    : NotificationSink(parent), m_tray(tray)
{
    if (m_tray) {
        // A click on the balloon counts as "open" for the newest message.
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastId) {
                Q_EMIT actionInvoked(m_lastId, QStringLiteral("default"));
            }
        });
    }
}

quint32 TrayNotificationSink::show(const NotificationRequest &request)
{
    m_shown.append(request);
    m_lastId = ++m_next;
    if (m_tray && QSystemTrayIcon::isSystemTrayAvailable() && m_tray->isVisible()) {
        m_tray->showMessage(request.summary, request.body, QSystemTrayIcon::Information, 10000);
    }
    return m_lastId;
}

// --- settings ---------------------------------------------------------------------------------------

NotificationSettings NotificationSettings::load(const QSettings &s)
{
    NotificationSettings n;
    n.notifyAll = s.value(QStringLiteral("notifications/all"), false).toBool();
    n.reminderMinutes = s.value(QStringLiteral("notifications/reminder_minutes"), 120).toInt();
    n.mutedProjects = s.value(QStringLiteral("notifications/muted_projects")).toStringList();
    n.mutedEnvironments = s.value(QStringLiteral("notifications/muted_environments")).toStringList();
    n.doNotDisturbUntil = s.value(QStringLiteral("notifications/do_not_disturb_until")).toDateTime();
    n.sound = s.value(QStringLiteral("notifications/sound"), false).toBool();
    return n;
}

void NotificationSettings::save(QSettings &s) const
{
    s.setValue(QStringLiteral("notifications/all"), notifyAll);
    s.setValue(QStringLiteral("notifications/reminder_minutes"), reminderMinutes);
    s.setValue(QStringLiteral("notifications/muted_projects"), mutedProjects);
    s.setValue(QStringLiteral("notifications/muted_environments"), mutedEnvironments);
    s.setValue(QStringLiteral("notifications/do_not_disturb_until"), doNotDisturbUntil);
    s.setValue(QStringLiteral("notifications/sound"), sound);
}

// --- policy -----------------------------------------------------------------------------------------

Notifier::Notifier(GateStore *store, NotificationSink *sink, QObject *parent)
    : QObject(parent), m_store(store), m_flush(new QTimer(this)), m_reminders(new gl::Timer(this))
{
    setSink(sink);
    // A poll adds its gates in one go; a zero timer runs once they are all in, so one poll makes at
    // most one notification.
    m_flush->setSingleShot(true);
    m_flush->setInterval(0);
    connect(m_flush, &QTimer::timeout, this, &Notifier::flush);
    m_reminders->start(std::chrono::milliseconds(60000));
    connect(m_reminders, &gl::Timer::timeout, this, &Notifier::checkReminders);
    connect(store, &GateStore::gateAdded, this, &Notifier::onAdded);
    connect(store, &GateStore::gateRemoved, this, &Notifier::onRemoved);
    m_save = new QTimer(this);
    m_save->setSingleShot(true);
    m_save->setInterval(0);
    connect(m_save, &QTimer::timeout, this, &Notifier::saveState);
}

Notifier::~Notifier()
{
    if (m_save->isActive()) {
        saveState(); // quitting right after an announcement or a reminder keeps it
    }
}

void Notifier::setStateFile(const QString &path)
{
    m_stateFile = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return; // the first run
    }
    const auto state = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (!state.is_object()) {
        qWarning("Greenlight: %s is not valid JSON; every waiting gate will be announced again",
                 qPrintable(path));
        return;
    }
    // Gates announced long ago and never seen leaving (decided while Greenlight was closed) are dropped.
    const QDateTime oldest = gl::Clock::utcNow().addDays(-90);
    if (const auto announced = state.find("announced"); announced != state.end() && announced->is_object()) {
        for (const auto &[id, at] : announced->items()) {
            const QDateTime when =
                at.is_string()
                    ? QDateTime::fromString(QString::fromStdString(at.get<std::string>()), Qt::ISODate)
                    : QDateTime();
            if (when.isValid() && when >= oldest) {
                m_announced.insert(QString::fromStdString(id), when);
            }
        }
    }
    if (const auto reminded = state.find("reminded"); reminded != state.end() && reminded->is_array()) {
        for (const auto &id : *reminded) {
            if (id.is_string() && m_announced.contains(QString::fromStdString(id.get<std::string>()))) {
                m_reminded.insert(QString::fromStdString(id.get<std::string>()));
            }
        }
    }
}

void Notifier::saveState()
{
    if (m_stateFile.isEmpty()) {
        return;
    }
    nlohmann::json announced = nlohmann::json::object();
    for (auto it = m_announced.cbegin(); it != m_announced.cend(); ++it) {
        announced[it.key().toStdString()] = it.value().toString(Qt::ISODate).toStdString();
    }
    nlohmann::json reminded = nlohmann::json::array();
    for (const QString &id : std::as_const(m_reminded)) {
        reminded.push_back(id.toStdString());
    }
    const nlohmann::json state = {{"announced", announced}, {"reminded", reminded}};
    QDir().mkpath(QFileInfo(m_stateFile).path());
    QSaveFile file(m_stateFile);
    const QByteArray bytes = QByteArray::fromStdString(state.dump(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qWarning("Greenlight: cannot write %s: %s", qPrintable(m_stateFile), qPrintable(file.errorString()));
    }
}

void Notifier::setSink(NotificationSink *sink)
{
    if (m_sink) {
        m_sink->disconnect(this);
    }
    m_sink = sink;
    m_open.clear();
    m_shown.clear();
    m_live = 0;
    m_liveGates.clear();
    if (sink) {
        connect(sink, &NotificationSink::actionInvoked, this, &Notifier::onAction);
        connect(sink, &NotificationSink::closed, this, [this](quint32 id) {
            m_open.remove(id);
            if (id == m_live) { // dismissed: the next new gate gets a notification of its own
                m_live = 0;
                m_liveGates.clear();
            }
        });
    }
}

void Notifier::pauseFor(int seconds)
{
    m_settings.doNotDisturbUntil = gl::Clock::utcNow().addSecs(seconds);
}

void Notifier::pauseUntilTomorrow()
{
    const QDateTime tomorrow(gl::Clock::utcNow().toLocalTime().date().addDays(1), QTime(8, 0));
    m_settings.doNotDisturbUntil = tomorrow.toUTC();
}

void Notifier::resume()
{
    m_settings.doNotDisturbUntil = {};
}

bool Notifier::paused() const
{
    return m_settings.doNotDisturbUntil.isValid() && m_settings.doNotDisturbUntil > gl::Clock::utcNow();
}

bool Notifier::wanted(const Gate &g) const
{
    if (!g.canApprove && !m_settings.notifyAll) {
        return false;
    }
    if (m_settings.mutedProjects.contains(g.project) ||
        m_settings.mutedProjects.contains(g.server + u'/' + g.project)) {
        return false;
    }
    for (const QString &muted : m_settings.mutedEnvironments) {
        if ((!g.environment.isEmpty() && g.environment == muted) ||
            (!g.workflow.isEmpty() && g.workflow == muted)) {
            return false;
        }
    }
    return true;
}

void Notifier::onAdded(const Gate &gate)
{
    if (m_announced.contains(gate.id)) {
        return; // this run or an earlier one
    }
    m_announced.insert(gate.id, gl::Clock::utcNow()); // once, whatever happens to it below
    m_save->start();
    if (paused() || !wanted(gate)) {
        return;
    }
    m_pending.push_back(gate);
    m_flush->start();
}

void Notifier::onRemoved(const QString &id)
{
    // Decided elsewhere (or gone): close what was only about it.
    for (auto it = m_open.begin(); it != m_open.end();) {
        it->removeAll(id);
        if (it->isEmpty()) {
            if (m_sink) {
                m_sink->close(it.key());
            }
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    m_reminded.remove(id);
    m_announced.remove(id); // decided or gone: should it wait again, it is news again
    m_save->start();
    if (m_liveGates.removeAll(id) > 0 && m_live != 0 && m_open.contains(m_live) && m_sink) {
        // The live notification lists what still waits: quietly, without the one that left.
        Gates still;
        for (const QString &g : std::as_const(m_liveGates)) {
            if (const Gate *gate = m_store ? m_store->gate(g) : nullptr) {
                still.push_back(*gate);
            }
        }
        if (!still.empty()) {
            NotificationRequest r = summaryOf(still);
            r.sound = false;
            r.replaces = m_live;
            post(r);
        }
    }
}

void Notifier::flush()
{
    if (m_pending.empty()) {
        return;
    }
    Gates gates;
    gates.swap(m_pending);
    // Those decided or gone before the flush are left out.
    gates.erase(std::remove_if(gates.begin(), gates.end(),
                               [this](const Gate &g) { return m_store && !m_store->gate(g.id); }),
                gates.end());
    if (gates.empty()) {
        return;
    }
    // One notification lists what is new: while it is still shown, it is updated in place with the
    // newest first, instead of a second one piling up (two servers' first polls make one).
    const bool live = m_live != 0 && m_open.contains(m_live);
    if (live) {
        for (const QString &id : std::as_const(m_liveGates)) {
            const bool listed =
                std::any_of(gates.begin(), gates.end(), [&](const Gate &g) { return g.id == id; });
            if (const Gate *g = m_store ? m_store->gate(id) : nullptr; g && !listed) {
                gates.push_back(*g);
            }
        }
    }
    NotificationRequest r = summaryOf(gates);
    r.replaces = live ? m_live : 0;
    m_live = post(r);
    m_liveGates = m_live != 0 ? r.gateIds : QStringList();
}

NotificationRequest Notifier::summaryOf(const Gates &gates) const
{
    NotificationRequest r;
    r.sound = m_settings.sound;
    if (gates.size() == 1) {
        const Gate &g = gates.front();
        r.summary = tr("%1 waits for your approval").arg(g.name);
        r.body = gateSummary(g);
        if (!g.commitSubject.isEmpty()) {
            r.body += u'\n' + g.commitSubject; // what it would release: same-named gates told apart
        }
        if (!g.triggeredBy.isEmpty()) {
            r.body += u'\n' + tr("Triggered by %1").arg(g.triggeredBy);
        }
        r.actions = {QStringLiteral("approve"), tr("Approve…", "approve a held job or deployment"),
                     QStringLiteral("default"), tr("Open")};
        r.gateIds = {g.id};
        return r;
    }
    r.summary = tr("%n gate(s) wait for your approval", nullptr, static_cast<int>(gates.size()));
    QStringList lines;
    for (std::size_t i = 0; i < gates.size(); ++i) {
        if (i < kSummaryListed) {
            lines.append(gateSummary(gates[i]));
        }
        r.gateIds.append(gates[i].id);
    }
    if (gates.size() > kSummaryListed) {
        lines.append(tr("…and %n more", nullptr, static_cast<int>(gates.size() - kSummaryListed)));
    }
    r.body = lines.join(u'\n');
    r.actions = {QStringLiteral("default"), tr("Open dashboard")};
    return r;
}

void Notifier::checkReminders()
{
    if (!m_store || m_settings.reminderMinutes <= 0 || paused()) {
        return;
    }
    const QDateTime limit = gl::Clock::utcNow().addSecs(-60LL * m_settings.reminderMinutes);
    for (const Gate &g : m_store->gates()) {
        // Due a reminder time after the gate began waiting, and never sooner after it was announced: a
        // gate first seen (or a restart) long after it began waiting is not announced and reminded at once.
        const QDateTime since = std::max(g.createdAt, m_announced.value(g.id, g.createdAt));
        if (m_reminded.contains(g.id) || !g.createdAt.isValid() || since > limit || !wanted(g)) {
            continue;
        }
        m_reminded.insert(g.id);
        m_save->start();
        NotificationRequest r;
        r.sound = m_settings.sound;
        r.summary = tr("%1 has waited %2").arg(g.name, waitingText(g.createdAt));
        r.body = gateSummary(g);
        if (!g.commitSubject.isEmpty()) {
            r.body += u'\n' + g.commitSubject; // what it would release: same-named gates told apart
        }
        r.actions = {QStringLiteral("approve"), tr("Approve…", "approve a held job or deployment"),
                     QStringLiteral("default"), tr("Open")};
        r.gateIds = {g.id};
        post(r);
    }
}

quint32 Notifier::post(const NotificationRequest &request)
{
    if (!m_sink) {
        return 0;
    }
    const quint32 id = m_sink->show(request);
    if (id != 0) {
        m_open.insert(id, request.gateIds);
        m_shown.insert(id, request.gateIds);
    }
    Q_EMIT notified(request);
    return id;
}

void Notifier::onAction(quint32 id, const QString &action)
{
    const QStringList gates = m_shown.value(id);
    if (action == QLatin1String("approve") && gates.size() == 1) {
        Q_EMIT approveRequested(gates.first());
    } else if (action == QLatin1String("default") || action == QLatin1String("open")) {
        Q_EMIT openRequested(gates.size() == 1 ? gates.first() : QString());
    }
}

} // namespace gl::ui
