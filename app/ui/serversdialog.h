// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "config/configwriter.h"

#include <QDialog>
#include <QHash>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace gl::ui {

class ServerForm;
class ServerSetup;

// File → Servers…: add, edit, remove and reorder servers. Save checks everything as servers.json is
// checked and refuses an invalid field in place, with the reason; what is saved applies at once, without a
// restart, and what was running keeps running when the new configuration is refused.
class ServersDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ServersDialog(ServerSetup *setup, QWidget *parent = nullptr);

    QListWidget *serverList() const { return m_list; }
    ServerForm *form() const { return m_form; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QPushButton *saveButton() const { return m_save; }
    QLineEdit *protectedEdit() const { return m_protected; }

    bool save(); // what Save does; false (and the dialog stays) when something was refused

private:
    void select(int row);
    void keepForm(); // the form's fields into m_rows
    void refreshList();
    void move(int by);

    ServerSetup *m_setup;
    // One server as the dialog holds it until Save: its settings and the secrets typed for it.
    struct Row
    {
        ServerEdit edit;
        QString token;      // typed, not yet in the keychain
        QString proxyLogin; // "user:password", typed
    };
    std::vector<Row> m_rows;
    int m_row = -1;
    QListWidget *m_list;
    ServerForm *m_form;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_save;
    QLineEdit *m_protected;
};

} // namespace gl::ui
