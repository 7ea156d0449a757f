// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "serverform.h"

#include "gateicons.h"
#include "net/httpclient.h"
#include "providers/registry.h"
#include "providers/setupprobe.h"
#include "serversetup.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace gl::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

// A vendor's setting beyond the common ones ("manual_jobs").
bool takes(const QString &provider, const char *option)
{
    const ProviderType *type = providerType(provider);
    return type && type->options.contains(QLatin1String(option));
}

// An address of this vendor's kind for the empty field and the error that asks for one: its cloud, else
// "https://jenkins.example.com".
QString exampleAddress(const QString &provider)
{
    const ProviderType *type = providerType(provider);
    return type && !type->defaultUrl.isEmpty() ? type->defaultUrl.toString()
                                               : QStringLiteral("https://%1.example.com").arg(provider);
}

} // namespace

ServerForm::ServerForm(ServerSetup *setup, bool firstRun, QWidget *parent)
    : QWidget(parent), m_setup(setup), m_provider(new QComboBox), m_name(new QLineEdit), m_url(new QLineEdit),
      m_token(new QLineEdit), m_tokenHelp(new QLabel), m_tokenEnv(new QLineEdit),
      m_test(new QPushButton(tr("Te&st Connection"))), m_result(new QLabel),
      m_trust(new QPushButton(tr("T&rust This Certificate"))), m_projects(new QListWidget),
      m_projectEdit(new QLineEdit), m_addProject(new QPushButton(tr("Add"))), m_interval(new QSpinBox),
      m_caFile(new QLineEdit), m_proxyMode(new QComboBox), m_proxyUrl(new QLineEdit),
      m_proxyUser(new QLineEdit), m_proxyPassword(new QLineEdit), m_pins(new QListWidget),
      m_removePin(new QPushButton(tr("Remove Pin"))), m_manualJobs(new QCheckBox), m_user(new QLineEdit),
      m_error(new QLabel)
{
    for (const ProviderType &type : providerTypes()) { // every vendor the registry knows, in its order
        m_provider->addItem(type.displayName, type.id);
    }
    m_lastProvider = providerTypes().first().id;
    m_url->setText(providerType(m_lastProvider)->defaultUrl.toString());
    m_name->setPlaceholderText(tr("a short name, e.g. gitlab-work"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_tokenHelp->setWordWrap(true);
    m_tokenHelp->setOpenExternalLinks(true);
    m_tokenHelp->setTextFormat(Qt::RichText);
    m_tokenEnv->setPlaceholderText(tr("optional: an environment variable that holds the token"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust->hide();
    m_projects->setMinimumHeight(110);
    m_projects->setMaximumHeight(190); // about eight projects; Done stays in view
    // Fusion draws an unticked box in the window's colour, which is lost on a dark list: outline it.
    m_projects->setStyleSheet(
        QStringLiteral("QListView::indicator:unchecked { border: 1px solid palette(text); "
                       "border-radius: 2px; background: palette(base); width: 11px; "
                       "height: 11px; }"));
    // Word-wrapped labels in the form take the field's whole width, not their size hint's.
    // (A scroll area lays its widget out at its size hint's width; a minimum width keeps the wrapped height
    // close to what the text needs.)
    for (QLabel *label : {m_tokenHelp, m_result, m_error}) {
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum); // spare height goes to the list
        label->setMinimumWidth(firstRun ? 560 : 300); // the page has the room; the dialog may be small
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_interval->setRange(5, 86400);
    m_interval->setSuffix(tr(" s", "seconds"));
    m_interval->setValue(60);
    m_caFile->setPlaceholderText(tr("optional: a PEM file of your private certificate authority"));
    m_proxyMode->addItem(tr("The system's settings"), QStringLiteral("system"));
    m_proxyMode->addItem(tr("No proxy"), QStringLiteral("none"));
    m_proxyMode->addItem(tr("This proxy:"), QStringLiteral("url"));
    m_proxyUrl->setPlaceholderText(tr("http://proxy.example.com:3128"));
    m_proxyUrl->setEnabled(false);
    m_proxyUser->setPlaceholderText(tr("user, if the proxy asks"));
    m_proxyPassword->setPlaceholderText(tr("password (kept in the keychain)"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyUser->setEnabled(false);
    m_proxyPassword->setEnabled(false);
    m_pins->setMaximumHeight(70);
    m_removePin->setEnabled(false);
    m_manualJobs->setText(tr("Also show manual &jobs (when: manual)"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("formError"));
    {
        QPalette p = m_error->palette();
        p.setColor(QPalette::WindowText, errorColor());
        m_error->setPalette(p);
    }
    m_error->hide();

    // One form, so that every label lines up; "More settings" shows or hides its rows on the first-run page.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto row = [form](const QString &text, QWidget *buddy, auto field) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        form->addRow(label, field);
        return form->rowCount() - 1;
    };
    row(tr("&Vendor:"), m_provider, m_provider);
    row(tr("&Address:"), m_url, m_url);
    m_user->setPlaceholderText(tr("the user whose API token this is"));
    m_userRow = row(tr("&User:"), m_user, m_user);
    m_form = form;
    form->setRowVisible(m_userRow, takes(m_lastProvider, "user"));
    row(tr("&Name:"), m_name, m_name);
    row(tr("API &token:"), m_token, m_token);
    form->addRow(QString(), m_tokenHelp);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_trust);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_result);
    auto *projectColumn = new QVBoxLayout;
    projectColumn->addWidget(m_projects, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_projectEdit, 1);
    addRow->addWidget(m_addProject);
    projectColumn->addLayout(addRow);
    row(tr("&Projects:"), m_projects, projectColumn);

    // What most people never change: shown in the dialog, folded away on the first-run page.
    QToolButton *toggle = nullptr;
    if (firstRun) {
        toggle = new QToolButton;
        toggle->setText(tr("&More settings"));
        toggle->setCheckable(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setArrowType(Qt::RightArrow);
        toggle->setAutoRaise(true);
        form->addRow(QString(), toggle);
    }
    QList<int> more;
    more << row(tr("Token &from variable:"), m_tokenEnv, m_tokenEnv);
    more << row(tr("P&oll every:"), m_interval, m_interval);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    auto *browse = new QPushButton(tr("&Browse…"));
    caRow->addWidget(browse);
    more << row(tr("&CA file:"), m_caFile, caRow);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyMode);
    proxyRow->addWidget(m_proxyUrl, 1);
    more << row(tr("Pro&xy:"), m_proxyMode, proxyRow);
    auto *proxyLogin = new QHBoxLayout;
    proxyLogin->addWidget(m_proxyUser, 1);
    proxyLogin->addWidget(m_proxyPassword, 1);
    more << row(tr("Proxy lo&gin:"), m_proxyUser, proxyLogin);
    auto *pinColumn = new QVBoxLayout;
    pinColumn->addWidget(m_pins);
    auto *pinRow = new QHBoxLayout;
    pinRow->addStretch(1);
    pinRow->addWidget(m_removePin);
    pinColumn->addLayout(pinRow);
    more << row(tr("Trusted cert&ificates:"), m_pins, pinColumn);
    form->addRow(QString(), m_manualJobs);
    more << form->rowCount() - 1;
    if (toggle) {
        const auto show = [form, more, toggle](bool open) {
            toggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            for (int r : more) {
                form->setRowVisible(r, open);
            }
        };
        connect(toggle, &QToolButton::toggled, this, show);
        show(false);
        m_moreToggle = toggle;
    }
    form->addRow(m_error);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 1);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &ServerForm::providerChanged);
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        updateTokenHelp();
        if (m_name->isModified() || !m_originalName.isEmpty()) {
            return;
        }
        // A name from the address until the user types one: "gitlab.example.com".
        QString text = m_url->text().trimmed();
        if (!text.contains(QLatin1String("://"))) {
            text.prepend(QStringLiteral("https://"));
        }
        m_name->setText(QUrl(text).host());
    });
    connect(m_test, &QPushButton::clicked, this, &ServerForm::testConnection);
    // A result or an error about what was there before goes when it changes.
    for (QLineEdit *edit : {m_url, m_token, m_name, m_user}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_result->clear();
            m_trust->hide();
            clearError();
        });
    }
    connect(m_trust, &QPushButton::clicked, this, [this] {
        // The user looked at the certificate and trusts it, for this server only.
        if (!m_pendingPin.isEmpty() && m_pins->findItems(m_pendingPin, Qt::MatchExactly).isEmpty()) {
            m_pins->addItem(m_pendingPin);
        }
        m_trust->hide();
        testConnection();
    });
    const auto addTyped = [this] {
        const QString id = m_projectEdit->text().trimmed();
        if (!id.isEmpty()) {
            addProject(id, id, true);
            m_projectEdit->clear();
        }
    };
    connect(m_addProject, &QPushButton::clicked, this, addTyped);
    connect(m_projectEdit, &QLineEdit::returnPressed, this, addTyped);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_caFile->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
        }
    });
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this] {
        const bool own = m_proxyMode->currentData().toString() == QLatin1String("url");
        m_proxyUrl->setEnabled(own);
        m_proxyUser->setEnabled(own);
        m_proxyPassword->setEnabled(own);
    });
    connect(m_pins, &QListWidget::currentRowChanged, this,
            [this](int current) { m_removePin->setEnabled(current >= 0); });
    connect(m_removePin, &QPushButton::clicked, this,
            [this] { delete m_pins->takeItem(m_pins->currentRow()); });
    updateTokenHelp();
}

void ServerForm::providerChanged()
{
    const QString provider = m_provider->currentData().toString();
    // An address that was the other vendor's default follows the vendor.
    if (m_url->text().trimmed().isEmpty() ||
        QUrl(m_url->text().trimmed()) == providerType(m_lastProvider)->defaultUrl) {
        m_url->setText(providerType(provider)->defaultUrl.toString());
    }
    m_lastProvider = provider;
    m_manualJobs->setEnabled(takes(provider, "manual_jobs"));
    m_form->setRowVisible(m_userRow, takes(provider, "user"));
    updateTokenHelp();
    Q_EMIT changed();
}

void ServerForm::updateTokenHelp()
{
    const QString provider = m_provider->currentData().toString();
    QString text = m_url->text().trimmed();
    if (!text.contains(QLatin1String("://"))) {
        text.prepend(QStringLiteral("https://"));
    }
    const QUrl server(text);
    const bool web = server.isValid() && !server.host().isEmpty() &&
                     (server.scheme() == QLatin1String("https") || server.scheme() == QLatin1String("http"));
    const ProviderType *type = providerType(provider);
    const QUrl page = type->tokenPage(server);
    // No link to a page on an address that is not a web server's.
    m_tokenHelp->setText(web ? tr("Create one at <a href=\"%1\">%2</a>. %3")
                                   .arg(page.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                        page.toDisplayString().toHtmlEscaped(),
                                        type->leastPrivilege().toHtmlEscaped())
                             : type->leastPrivilege().toHtmlEscaped());
    m_name->setPlaceholderText(tr("a short name, e.g. %1-work").arg(provider));
    m_url->setPlaceholderText(exampleAddress(provider));
    m_projectEdit->setPlaceholderText(
        type->projectExample ? tr("type a project: %1").arg(type->projectExample()) : tr("type a project"));
}

void ServerForm::load(const ServerEdit &edit)
{
    const ServerConfig &s = edit.server;
    m_originalName = edit.originalName;
    const int index = m_provider->findData(s.provider);
    {
        const QSignalBlocker block(m_provider);
        m_provider->setCurrentIndex(std::max(0, index));
    }
    m_lastProvider = m_provider->currentData().toString();
    m_url->setText(s.url.isEmpty() ? providerType(m_lastProvider)->defaultUrl.toString() : s.url.toString());
    m_name->setText(s.name);
    m_name->setModified(false);
    m_token->clear();
    m_token->setPlaceholderText(
        m_setup->hasStoredToken(edit.originalName)
            ? tr("kept in the system keychain; paste a new one to replace it")
            : (s.tokenEnv.isEmpty()
                   ? tr("paste your token here")
                   : tr("read from $%1; paste one to keep it in the keychain instead").arg(s.tokenEnv)));
    m_tokenEnv->setText(s.tokenEnv);
    m_projects->clear();
    for (const QString &project : s.projects) {
        addProject(project, project, true);
    }
    m_interval->setValue(s.pollIntervalS);
    m_caFile->setText(s.caFile);
    m_proxyMode->setCurrentIndex(s.proxy.mode == ProxySetting::Mode::None  ? 1
                                 : s.proxy.mode == ProxySetting::Mode::Url ? 2
                                                                           : 0);
    m_proxyUrl->setText(s.proxy.mode == ProxySetting::Mode::Url ? s.proxy.url.toString() : QString());
    m_proxyUser->clear();
    m_proxyPassword->clear();
    m_pins->clear();
    m_pins->addItems(s.pinnedCertificates);
    m_manualJobs->setChecked(s.manualJobs);
    m_manualJobs->setEnabled(takes(m_lastProvider, "manual_jobs"));
    m_user->setText(s.user);
    m_form->setRowVisible(m_userRow, takes(m_lastProvider, "user"));
    m_result->clear();
    m_trust->hide();
    m_loaded = s;
    clearError();
    updateTokenHelp();
}

void ServerForm::fill(const QString &provider, const QUrl &url, const QString &token)
{
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(provider)));
    m_url->setText(url.toString());
    if (!m_name->isModified()) {
        m_name->setText(url.host());
    }
    m_token->setText(token);
    updateTokenHelp();
}

ServerEdit ServerForm::edit() const
{
    ServerConfig s = m_loaded;
    s.provider = m_provider->currentData().toString();
    s.name = m_name->text().trimmed();
    QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !url.contains(QLatin1String("://"))) {
        url.prepend(QStringLiteral("https://"));
    }
    while (url.endsWith(u'/')) {
        url.chop(1);
    }
    s.url = QUrl(url);
    s.tokenEnv = m_tokenEnv->text().trimmed();
    s.projects.clear();
    for (int i = 0; i < m_projects->count(); ++i) {
        if (m_projects->item(i)->checkState() == Qt::Checked) {
            s.projects << m_projects->item(i)->data(kIdRole).toString();
        }
    }
    s.pollIntervalS = m_interval->value();
    s.caFile = m_caFile->text().trimmed();
    const QString mode = m_proxyMode->currentData().toString();
    s.proxy = ProxySetting{};
    if (mode == QLatin1String("none")) {
        s.proxy.mode = ProxySetting::Mode::None;
    } else if (mode == QLatin1String("url")) {
        s.proxy.mode = ProxySetting::Mode::Url;
        s.proxy.url = QUrl(m_proxyUrl->text().trimmed());
    }
    s.pinnedCertificates.clear();
    for (int i = 0; i < m_pins->count(); ++i) {
        s.pinnedCertificates << m_pins->item(i)->text();
    }
    s.manualJobs = takes(s.provider, "manual_jobs") && m_manualJobs->isChecked();
    s.user = takes(s.provider, "user") ? m_user->text().trimmed() : QString();
    return {s, m_originalName};
}

QString ServerForm::typedToken() const
{
    return m_token->text().trimmed();
}

QString ServerForm::typedProxyCredentials() const
{
    if (m_proxyMode->currentData().toString() != QLatin1String("url") ||
        m_proxyUser->text().trimmed().isEmpty()) {
        return {};
    }
    return m_proxyUser->text().trimmed() + u':' + m_proxyPassword->text();
}

void ServerForm::addProject(const QString &id, const QString &label, bool checked)
{
    for (int i = 0; i < m_projects->count(); ++i) {
        if (m_projects->item(i)->data(kIdRole).toString() == id) {
            if (checked) {
                m_projects->item(i)->setCheckState(Qt::Checked);
            }
            return;
        }
    }
    auto *item = new QListWidgetItem(label == id ? id : tr("%1 (%2)").arg(label, id));
    item->setData(kIdRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_projects->addItem(item);
}

void ServerForm::showError(const QString &message)
{
    // servers.json's words name the file, the server and the field; the form names the field as its label
    // does and keeps the full text in the tooltip.
    struct Field
    {
        QString key;
        QWidget *widget;
        QString label;
        bool more; // under "More settings"
    };
    const QList<Field> fields = {
        {QStringLiteral(".token_env"), m_tokenEnv, tr("Token from variable"), true},
        {QStringLiteral(".token"), m_token, tr("API token"), false},
        {QStringLiteral(".pinned_certificates"), m_pins, tr("Trusted certificates"), true},
        {QStringLiteral(".poll_interval_s"), m_interval, tr("Poll every"), true},
        {QStringLiteral(".projects"), m_projectEdit, tr("Projects"), false},
        {QStringLiteral(".provider"), m_provider, tr("Vendor"), false},
        {QStringLiteral(".ca_file"), m_caFile, tr("CA file"), true},
        {QStringLiteral(".proxy"), m_proxyUrl, tr("Proxy"), true},
        {QStringLiteral(".url"), m_url, tr("Address"), false},
        {QStringLiteral(".user"), m_user, tr("User"), false},
        {QStringLiteral(".name"), m_name, tr("Name"), false}};
    QString shown = message;
    QWidget *target = nullptr;
    for (const Field &f : fields) {
        const qsizetype at = message.indexOf(f.key + QStringLiteral(": "));
        if (at < 0) {
            continue;
        }
        QString detail = message.mid(at + f.key.size() + 2);
        if (!detail.isEmpty()) {
            detail[0] = detail[0].toUpper();
        }
        shown =
            f.key == QLatin1String(".projects") && detail.startsWith(QLatin1String("Expected at least one"))
                ? tr("Tick or type at least one project.")
                : tr("%1: %2").arg(f.label, detail);
        target = f.widget == m_proxyUrl && !m_proxyUrl->isEnabled() ? m_proxyMode : f.widget;
        if (f.more && m_moreToggle && !m_moreToggle->isChecked()) {
            m_moreToggle->setChecked(true);
        }
        break;
    }
    m_error->setText(shown);
    m_error->setToolTip(message);
    m_error->show();
    if (target) {
        target->setFocus(Qt::OtherFocusReason);
    }
    // In a scrolled page or dialog, bring the message into view.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
            scroll->ensureWidgetVisible(m_error);
            break;
        }
    }
}

void ServerForm::clearError()
{
    m_error->clear();
    m_error->setToolTip(QString());
    m_error->hide();
}

void ServerForm::testConnection()
{
    clearError();
    m_trust->hide();
    const ServerConfig server = edit().server;
    const QString token = m_setup->tokenFor(server, typedToken());
    if (token.isEmpty()) {
        showMessage(tr("Paste the API token first."), true);
        m_token->setFocus(Qt::OtherFocusReason);
        Q_EMIT probeFinished(false);
        return;
    }
    if (!server.url.isValid() || server.url.host().isEmpty() ||
        (server.url.scheme() != QLatin1String("https") && server.url.scheme() != QLatin1String("http"))) {
        showMessage(tr("The address must start with https:// (http:// only to this computer), e.g. "
                       "%1; found \"%2\".")
                        .arg(exampleAddress(server.provider), m_url->text().trimmed()),
                    true);
        m_url->setFocus(Qt::OtherFocusReason);
        Q_EMIT probeFinished(false);
        return;
    }
    delete m_probe;
    m_probe = new ServerProbe(m_setup->session()->http(), server, token, this);
    m_test->setEnabled(false);
    showMessage(tr("Connecting to %1…").arg(server.url.host()), false);
    m_probe->testConnection([this](const ProbeResult &result) {
        m_test->setEnabled(true);
        if (!result.ok()) {
            if (!result.certificate.isNull()) {
                m_pendingPin = certificateFingerprint(result.certificate);
                // The error in red; the advice in the ordinary colour.
                m_result->setTextFormat(Qt::RichText);
                m_result->setText(
                    QStringLiteral("<span style=\"color:%1\">%2</span><br><br>%3")
                        .arg(errorColor().name(),
                             result.error.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")),
                             tr("Trust this certificate for this server only if you know it is your "
                                "server's: it "
                                "is then pinned by its fingerprint and listed under Trusted certificates.")
                                 .toHtmlEscaped()));
                m_result->setPalette(palette());
                m_trust->show();
            } else {
                showMessage(result.error, true);
            }
            Q_EMIT probeFinished(false);
            return;
        }
        showMessage(tr("Connected as %1. %2").arg(result.who, result.rights), false);
        Q_EMIT probeFinished(true);
        discover();
    });
}

void ServerForm::showMessage(const QString &text, bool problem)
{
    m_result->setTextFormat(Qt::PlainText);
    QPalette p = palette();
    if (problem) {
        p.setColor(QPalette::WindowText, errorColor());
    }
    m_result->setPalette(p);
    m_result->setText(text);
}

void ServerForm::discover()
{
    if (!m_probe) {
        return;
    }
    const QString connected = m_result->text();
    m_result->setText(connected + u'\n' + tr("Looking for your projects…"));
    m_probe->discoverProjects([this, connected](const Result<QList<DiscoveredProject>> &found) {
        if (!found) {
            m_result->setText(
                connected + u'\n' +
                tr("Your projects could not be listed (%1); type them below.").arg(found.error().message));
            Q_EMIT discoveryFinished(false);
            return;
        }
        for (const DiscoveredProject &project : *found) {
            addProject(project.id, project.label, false);
        }
        if (m_projects->currentRow() < 0 && m_projects->count() > 0) {
            m_projects->setCurrentRow(0, QItemSelectionModel::NoUpdate); // Space ticks it from the keyboard
        }
        m_result->setText(connected + u'\n' +
                          (found->isEmpty() ? tr("No projects were found; type them below.")
                                            : tr("Found %n project(s): tick the ones to watch.", nullptr,
                                                 static_cast<int>(found->size()))));
        Q_EMIT discoveryFinished(true);
    });
}

} // namespace gl::ui
