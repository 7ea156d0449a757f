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

private:
    ServerSetup *m_setup;
    ServerForm *m_form;
    QPushButton *m_done;
};

} // namespace gl::ui
