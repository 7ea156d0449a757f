// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "gate.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gl::ui {

// What the dialog needs to know about one gate.
struct DecisionItem
{
    Gate gate;
    QString consequence; // what the vendor does (docs/VENDOR-APIS.md §3)
    bool noteGoesToServer = false;
    int noteLimit = 0;         // the vendor's comment limit; 0: none
    bool noteRequired = false; // the vendor takes no decision without a comment (GitHub)
    QString protectedName;     // non-empty: the environment is protected
};

// Confirms a decision on one or several gates: summary, what happens next, the audit note (required to
// reject, and to approve a protected environment, whose name must then be typed), and the vendor's
// limits. Cancel is the default button; the decision button is enabled only when all is filled in.
class DecisionDialog final : public QDialog
{
    Q_OBJECT
public:
    DecisionDialog(Decision decision, std::vector<DecisionItem> items, QWidget *parent = nullptr);

    // Approve, or ApproveAndRun when "run the job too" is ticked.
    Decision decision() const;
    QStringList gateIds() const;
    // The gates as this dialog showed them: what the person confirms.
    Gates shownGates() const;
    QString note() const;

    // For tests and accessibility tools.
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *decideButton() const { return m_decide; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *runBox() const { return m_run; }
    QComboBox *ruleBox() const { return m_rule; }
    // GitLab: the approval rule chosen to approve as; empty for the server's default.
    QString representedAs() const;
    // The values typed for the gate's parameters (Jenkins input parameters), by name.
    QList<QPair<QString, QString>> parameters() const;
    QWidget *parameterEditor(const QString &name) const;
    QString confirmationWord() const { return m_word; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    Decision m_decision;
    std::vector<DecisionItem> m_items;
    QString m_word; // to type, when protected
    bool m_noteRequired = false;
    bool m_vendorNeedsNote = false;
    QStringList m_noteVendors; // the vendors that need a comment with every decision ("GitHub")
    int m_noteLimit = 0;
    QPlainTextEdit *m_note;
    QLabel *m_noteHint;
    QLineEdit *m_confirm = nullptr;
    QCheckBox *m_run = nullptr;
    QComboBox *m_rule = nullptr;
    QList<QPair<QString, QWidget *>> m_parameters; // name → its editor
    QPushButton *m_decide;
    QPushButton *m_cancel;
};

} // namespace gl::ui
