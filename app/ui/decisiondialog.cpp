// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "decisiondialog.h"

#include "decisions.h"
#include "gateicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace gl::ui {
namespace {

// The letter of a label's Alt+letter ("Audit &note:" gives 'n'), in lower case; null when it has none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&') {
                return text.at(i + 1).toLower();
            }
            ++i; // "&&" is a shown "&"
        }
    }
    return {};
}

} // namespace

DecisionDialog::DecisionDialog(Decision decision, std::vector<DecisionItem> items, QWidget *parent)
    : QDialog(parent), m_decision(decision), m_items(std::move(items)), m_note(new QPlainTextEdit),
      m_noteHint(new QLabel), m_decide(new QPushButton), m_cancel(new QPushButton(tr("Cancel")))
{
    const bool approve = decision != Decision::Reject;
    const int n = static_cast<int>(m_items.size());
    setWindowTitle(approve ? tr("Approve %n gate(s)", "approve a held job or deployment", n)
                           : tr("Reject %n gate(s)", "reject a held job or deployment", n));
    setMinimumWidth(560);

    QStringList protectedNames;
    QStringList localOnly; // vendors that keep no comment
    bool vendorNeedsNote = false;
    for (const auto &item : m_items) {
        vendorNeedsNote = vendorNeedsNote || item.noteRequired;
        if (item.noteRequired && !m_noteVendors.contains(providerDisplayName(item.gate.provider))) {
            m_noteVendors.append(providerDisplayName(item.gate.provider));
        }
        if (!item.protectedName.isEmpty() && !protectedNames.contains(item.protectedName)) {
            protectedNames.append(item.protectedName);
        }
        if (!item.noteGoesToServer && !localOnly.contains(providerDisplayName(item.gate.provider))) {
            localOnly.append(providerDisplayName(item.gate.provider));
        }
        if (item.noteLimit > 0) {
            m_noteLimit = m_noteLimit == 0 ? item.noteLimit : std::min(m_noteLimit, item.noteLimit);
        }
    }
    m_word = protectedNames.join(QStringLiteral(", "));
    m_noteRequired = !approve || !m_word.isEmpty() || vendorNeedsNote;
    m_vendorNeedsNote = vendorNeedsNote;

    auto *layout = new QVBoxLayout(this);
    auto *heading =
        new QLabel(approve ? tr("<b>You are about to approve:</b>") : tr("<b>You are about to reject:</b>"));
    layout->addWidget(heading);

    QString html;
    for (const auto &item : m_items) {
        // Pipeline, commit and its subject: two gates of the same name are told apart here.
        const Gate &g = item.gate;
        QString release =
            g.commitSubject.isEmpty()
                ? QString()
                : tr("“%1”", "a commit subject, in the language's quotation marks").arg(g.commitSubject);
        if (!g.commitSha.isEmpty()) {
            release += (release.isEmpty() ? QString() : QStringLiteral(" ")) +
                       tr("commit %1").arg(g.commitSha.left(8));
        }
        html += QStringLiteral("<p><b>%1</b> <span style='color:gray'>%2</span><br>%3<br>%4</p>")
                    .arg(g.name.toHtmlEscaped(), gateContext(g).toHtmlEscaped(), release.toHtmlEscaped(),
                         item.consequence.toHtmlEscaped());
    }
    QStringList superseded;
    for (const auto &item : m_items) {
        if (!item.gate.supersededBy.isEmpty() && approve) {
            superseded.append(
                tr("<b>%1 is superseded:</b> %2. Approving it deploys older code.")
                    .arg(gateSummary(item.gate).toHtmlEscaped(), item.gate.supersededBy.toHtmlEscaped()));
        }
    }
    auto *summary = new QLabel(html);
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::RichText);
    summary->setObjectName(QStringLiteral("summary"));
    if (n > 3) {
        auto *scroll = new QScrollArea;
        scroll->setWidget(summary);
        scroll->setWidgetResizable(true);
        scroll->setMinimumHeight(220);
        layout->addWidget(scroll);
    } else {
        layout->addWidget(summary);
    }

    if (!superseded.isEmpty()) {
        auto *warning = new QLabel(superseded.join(QStringLiteral("<br>")));
        warning->setObjectName(QStringLiteral("superseded"));
        warning->setWordWrap(true);
        warning->setTextFormat(Qt::RichText);
        QPalette palette = warning->palette();
        palette.setColor(QPalette::WindowText, errorColor());
        warning->setPalette(palette);
        layout->addWidget(warning);
    }

    const QString decideText = approve ? tr("&Approve", "approve a held job or deployment")
                                       : tr("&Reject", "reject a held job or deployment");
    auto *noteLabel = new QLabel(m_noteRequired ? tr("Audit &note (required):") : tr("Audit &note:"));
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    m_note->setPlaceholderText(approve ? tr("Why is this safe to release?") : tr("Why is this rejected?"));
    m_note->setTabChangesFocus(true);
    m_note->installEventFilter(this); // Alt+letter is for the dialog's mnemonics, never text
    m_note->setFixedHeight(90);
    layout->addWidget(m_note);
    m_noteHint->setWordWrap(true);
    m_noteHint->setObjectName(QStringLiteral("noteHint"));
    layout->addWidget(m_noteHint);
    if (!localOnly.isEmpty()) {
        auto *local = new QLabel(
            localOnly.size() == 1
                ? tr("%1 keeps no comment with a decision: the note is kept in Greenlight's audit log only.")
                      .arg(localOnly.front())
                : tr("%1 keep no comment with a decision: the note is kept in Greenlight's audit log only.",
                     "several vendors")
                      .arg(localOnly.join(QStringLiteral(", "))));
        local->setObjectName(QStringLiteral("localOnly"));
        local->setWordWrap(true);

        layout->addWidget(local);
    }

    if (!m_word.isEmpty()) {
        auto *warning = new QLabel(
            tr("<b>Protected environment.</b> Type <b>%1</b> to confirm:").arg(m_word.toHtmlEscaped()));
        warning->setWordWrap(true);
        layout->addWidget(warning);
        m_confirm = new QLineEdit;
        m_confirm->setAccessibleName(tr("Type the protected name to confirm"));
        layout->addWidget(m_confirm);
        connect(m_confirm, &QLineEdit::textChanged, this, &DecisionDialog::updateState);
    }

    const bool allCanRun = approve && std::all_of(m_items.begin(), m_items.end(), [](const DecisionItem &i) {
                               return i.gate.canRunAfterApproval;
                           });
    if (allCanRun) {
        m_run = new QCheckBox(tr("Also r&un the job once approved (%1 leaves it manual after approval)")
                                  .arg(providerDisplayName(m_items.front().gate.provider)));
        layout->addWidget(m_run);
    }

    QLabel *asLabel = nullptr;
    if (approve && m_items.size() == 1 && m_items.front().gate.approvalRules.size() > 1) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("Approve a&s:"));
        asLabel = label;
        m_rule = new QComboBox;
        m_rule->addItem(tr("%1's choice").arg(providerDisplayName(m_items.front().gate.provider)), QString());
        for (const QString &rule : m_items.front().gate.approvalRules) {
            m_rule->addItem(rule, rule);
        }
        m_rule->setToolTip(
            tr("When you belong to several approval rules, choose which one your approval counts for"));
        label->setBuddy(m_rule);
        row->addWidget(label);
        row->addWidget(m_rule, 1);
        layout->addLayout(row);
    }

    // An input that asks for values (Jenkins): one field each, with its default; only when deciding one gate.
    if (approve && m_items.size() == 1 && !m_items.front().gate.parameters.empty()) {
        auto *box = new QLabel(tr("<b>%1 asks for these values with the approval:</b>")
                                   .arg(providerDisplayName(m_items.front().gate.provider).toHtmlEscaped()));
        box->setWordWrap(true);
        layout->addWidget(box);
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        // Each label gets an Alt+letter of its name that the dialog's own (note, approve or reject, approve
        // as, run), in the language shown, do not use; a name's "&" is shown, never taken for one.
        QString taken;
        for (const QString &own : {noteLabel->text(), decideText, m_run ? m_run->text() : QString(),
                                   asLabel ? asLabel->text() : QString()}) {
            if (const QChar c = mnemonicOf(own); !c.isNull()) {
                taken.append(c);
            }
        }
        for (const GateParameter &p : m_items.front().gate.parameters) {
            QWidget *editor = nullptr;
            if (!p.choices.isEmpty()) {
                auto *combo = new QComboBox;
                combo->addItems(p.choices);
                combo->setCurrentText(p.defaultValue);
                editor = combo;
            } else if (p.type.startsWith(QLatin1String("Boolean"))) {
                auto *check = new QCheckBox;
                check->setChecked(p.defaultValue.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
                editor = check;
            } else {
                editor = new QLineEdit(p.defaultValue);
            }
            editor->setObjectName(QStringLiteral("parameter:") + p.name);
            editor->setToolTip(p.description);
            editor->setAccessibleName(p.name);
            editor->setAccessibleDescription(p.description);
            QString text = QString(p.name).replace(u'&', QStringLiteral("&&"));
            for (qsizetype i = 0; i < text.size(); ++i) {
                const QChar c = text.at(i).toLower();
                if (c.isLetterOrNumber() && c.unicode() < 128 && !taken.contains(c)) {
                    taken.append(c);
                    text.insert(i, u'&');
                    break;
                }
            }
            auto *label = new QLabel(tr("%1:", "a parameter's label").arg(text));
            label->setBuddy(editor);
            form->addRow(label, editor);
            if (!p.description.isEmpty()) { // what it is for, under its field, where it stays when typing
                auto *description = new QLabel(p.description);
                description->setObjectName(QStringLiteral("parameterDescription:") + p.name);
                description->setWordWrap(true);
                description->setTextFormat(Qt::PlainText);
                description->setSizePolicy(QSizePolicy::Expanding,
                                           QSizePolicy::Preferred); // the field's width
                QPalette palette = description->palette();
                palette.setColor(QPalette::WindowText,
                                 palette.color(QPalette::Disabled, QPalette::WindowText));
                description->setPalette(palette);
                form->addRow(QString(), description);
            }
            m_parameters.append({p.name, editor});
        }
        layout->addLayout(form);
    }
    // Several gates at once: an input that asks for values gets its defaults.
    if (approve && m_items.size() > 1 &&
        std::any_of(m_items.begin(), m_items.end(),
                    [](const DecisionItem &i) { return !i.gate.parameters.empty(); })) {
        auto *defaults =
            new QLabel(tr("Inputs that ask for values are approved with their default values; approve one at "
                          "a time to change them."));
        defaults->setObjectName(QStringLiteral("parameterDefaults"));
        defaults->setWordWrap(true);
        layout->addWidget(defaults);
    }

    auto *buttons = new QDialogButtonBox;
    m_decide->setText(decideText);
    m_decide->setIcon(badgeIcon(approve ? Badge::Ok : Badge::Error));
    m_decide->setAutoDefault(false);
    buttons->addButton(m_decide, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    // Enter must never decide by accident: Cancel is the default.
    m_cancel->setDefault(true);
    m_cancel->setAutoDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_decide->isEnabled()) {
            m_decide->setEnabled(false); // a second click lands on nothing
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateState);
    updateState();
    m_note->setFocus();
}

Decision DecisionDialog::decision() const
{
    return m_decision == Decision::Approve && m_run && m_run->isChecked() ? Decision::ApproveAndRun
                                                                          : m_decision;
}

QList<QPair<QString, QString>> DecisionDialog::parameters() const
{
    QList<QPair<QString, QString>> values;
    for (const auto &[name, editor] : m_parameters) {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            values.append({name, combo->currentText()});
        } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            values.append({name, check->isChecked() ? QStringLiteral("true") : QStringLiteral("false")});
        } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            values.append({name, line->text()});
        }
    }
    return values;
}

QWidget *DecisionDialog::parameterEditor(const QString &name) const
{
    for (const auto &[n, editor] : m_parameters) {
        if (n == name) {
            return editor;
        }
    }
    return nullptr;
}

QString DecisionDialog::representedAs() const
{
    return m_rule ? m_rule->currentData().toString() : QString();
}

Gates DecisionDialog::shownGates() const
{
    Gates out;
    for (const auto &item : m_items) {
        out.push_back(item.gate);
    }
    return out;
}

bool DecisionDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A mnemonic whose control is disabled (Alt+A before the note is written) or absent falls through to
    // the focused editor, which would type the letter into the audit note. (AltGr, which types characters
    // on many layouts, does not arrive as Alt alone.)
    if (watched == m_note && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::AltModifier) {
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QStringList DecisionDialog::gateIds() const
{
    QStringList ids;
    for (const auto &item : m_items) {
        ids.append(item.gate.id);
    }
    return ids;
}

QString DecisionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void DecisionDialog::updateState()
{
    const int length = static_cast<int>(note().size());
    bool ok = true;
    QString hint;
    if (m_noteRequired && length == 0) {
        ok = false;
        hint = m_decision == Decision::Reject ? tr("A rejection needs a note saying why.")
               : m_vendorNeedsNote
                   ? (m_noteVendors.size() == 1
                          ? tr("%1 requires a comment with every decision: the note is sent as that comment.")
                          : tr("%1 require a comment with every decision: the note is sent as that comment.",
                               "several vendors"))
                         .arg(m_noteVendors.join(QStringLiteral(", ")))
                   : tr("Approving a protected environment needs a note.");
    }
    if (m_noteLimit > 0) {
        const QString count = tr("%1 of %2 characters (the server's limit)").arg(length).arg(m_noteLimit);
        hint = hint.isEmpty() ? count : hint + u' ' + count;
        if (length > m_noteLimit) {
            ok = false;
            hint = tr("The note is %1 characters; the server takes at most %2. Shorten it: nothing is cut "
                      "silently.")
                       .arg(length)
                       .arg(m_noteLimit);
        }
    }
    if (m_confirm && m_confirm->text().trimmed() != m_word) {
        ok = false;
    }
    m_noteHint->setText(hint);
    m_noteHint->setVisible(!hint.isEmpty());
    m_decide->setEnabled(ok);
}

} // namespace gl::ui
