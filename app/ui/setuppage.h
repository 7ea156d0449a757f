// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace gl::ui {

class ServerForm;
class ServerSetup;

// What the window shows while no server is configured: set up the first one (vendor, address, token,
// connection test, projects from discovery), then Done saves it and polls at once.
class SetupPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(ServerSetup *setup, QWidget *parent = nullptr);

    ServerForm *form() const { return m_form; }
    QPushButton *doneButton() const { return m_done; }
    bool finish(); // what Done does; false when something was refused (the form says what)
    // One button per file of a vendor's CLI that may hold credentials; nothing is read before a click.
    QList<QPushButton *> importButtons() const { return m_imports; }
    QLabel *importResult() const { return m_importResult; }

private:
    ServerSetup *m_setup;
    ServerForm *m_form;
    QPushButton *m_done;
    QList<QPushButton *> m_imports;
    QLabel *m_importResult = nullptr;
    QLabel *m_saving = nullptr;
};

} // namespace gl::ui
