// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "config/configwriter.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace gl {
class ServerProbe;
}

namespace gl::ui {

class ServerSetup;

// One server's settings, shared by the first-run setup page and the Servers dialog: vendor, address,
// name, token (into the keychain), a connection test that says whose token it is and whether it may
// approve, project discovery, and (in the dialog, or under "More settings") poll interval, CA file, proxy,
// pinned certificates and GitLab's manual jobs.
class ServerForm final : public QWidget
{
    Q_OBJECT
public:
    ServerForm(ServerSetup *setup, bool firstRun, QWidget *parent = nullptr);

    void load(const ServerEdit &edit);
    // Vendor, address and token from elsewhere (an imported CLI configuration); the name follows the address.
    void fill(const QString &provider, const QUrl &url, const QString &token);
    ServerEdit edit() const;
    QString typedToken() const;
    // "user:password" typed for the server's own proxy; empty when nothing was typed.
    QString typedProxyCredentials() const;
    // Shows a configuration error under the form and puts the cursor in the field it names.
    void showError(const QString &message);
    void clearError();

    void testConnection(); // then, when the token is accepted, discovers projects

    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *tokenEnvEdit() const { return m_tokenEnv; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_result; }
    QPushButton *trustButton() const { return m_trust; }
    QListWidget *projectList() const { return m_projects; }
    QLineEdit *projectEdit() const { return m_projectEdit; }
    QPushButton *addProjectButton() const { return m_addProject; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QComboBox *proxyBox() const { return m_proxyMode; }
    QLineEdit *proxyEdit() const { return m_proxyUrl; }
    QLineEdit *proxyUserEdit() const { return m_proxyUser; }
    QLineEdit *proxyPasswordEdit() const { return m_proxyPassword; }
    QListWidget *pinList() const { return m_pins; }
    QPushButton *removePinButton() const { return m_removePin; }
    QCheckBox *manualJobsBox() const { return m_manualJobs; }
    QLineEdit *userEdit() const { return m_user; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void changed();
    void probeFinished(bool ok);
    void discoveryFinished(bool ok);

private:
    void providerChanged();
    void addProject(const QString &id, const QString &label, bool checked);
    void discover();
    void updateTokenHelp();
    void showMessage(const QString &text, bool problem); // under Test Connection

    ServerSetup *m_setup;
    QString m_originalName;
    QString m_lastProvider;
    QComboBox *m_provider;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLabel *m_tokenHelp;
    QLineEdit *m_tokenEnv;
    QPushButton *m_test;
    QLabel *m_result;
    QPushButton *m_trust;
    QListWidget *m_projects;
    QLineEdit *m_projectEdit;
    QPushButton *m_addProject;
    QSpinBox *m_interval;
    QLineEdit *m_caFile;
    QComboBox *m_proxyMode;
    QLineEdit *m_proxyUrl;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QListWidget *m_pins;
    QPushButton *m_removePin;
    QCheckBox *m_manualJobs;
    QLineEdit *m_user; // the account whose token this is, for a vendor that takes "user" (Jenkins)
    QFormLayout *m_form = nullptr;
    int m_userRow = -1;
    QLabel *m_error;
    QString m_pendingPin;
    QToolButton *m_moreToggle = nullptr; // first run: shows the rarely changed settings
    ServerConfig m_loaded; // fields the form does not show (user, history) are kept as they were
    QPointer<ServerProbe> m_probe;
};

} // namespace gl::ui
