// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "auditwindow.h"

#include "clock.h"
#include "gateicons.h"
#include "providers/registry.h"
#include "text/safetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace gl::ui {

namespace {

QString decisionLabel(const QString &key)
{
    if (key == QLatin1String("approve")) {
        return AuditTableModel::tr("Approve");
    }
    if (key == QLatin1String("approve-and-run")) {
        return AuditTableModel::tr("Approve and run");
    }
    if (key == QLatin1String("reject")) {
        return AuditTableModel::tr("Reject");
    }
    return key;
}

QString eventLabel(const QString &event)
{
    if (event == QLatin1String("intent")) {
        return AuditWindow::tr("About to send");
    }
    if (event == QLatin1String("outcome")) {
        return AuditWindow::tr("Server's answer");
    }
    if (event == QLatin1String("verified")) {
        return AuditWindow::tr("Read again");
    }
    if (event == QLatin1String("refused")) {
        return AuditWindow::tr("Not sent");
    }
    return event;
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AuditTableModel::AuditTableModel(QHash<QString, QString> vendors, QObject *parent)
    : QAbstractTableModel(parent), m_vendors(std::move(vendors))
{}

void AuditTableModel::setDecisions(std::vector<AuditDecision> decisions)
{
    beginResetModel();
    m_all = std::move(decisions);
    refilter();
    endResetModel();
}

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

void AuditTableModel::refilter()
{
    m_rows.clear();
    for (int i = static_cast<int>(m_all.size()) - 1; i >= 0; --i) {
        if (m_filter.matches(m_all[static_cast<size_t>(i)])) {
            m_rows.push_back(i);
        }
    }
}

std::vector<AuditDecision> AuditTableModel::shown() const
{
    std::vector<AuditDecision> out;
    out.reserve(m_rows.size());
    for (const int i : m_rows) {
        out.push_back(m_all[static_cast<size_t>(i)]);
    }
    return out;
}

const AuditDecision *AuditTableModel::decisionAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size())) {
        return nullptr;
    }
    return &m_all[static_cast<size_t>(m_rows[static_cast<size_t>(row)])];
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::outcomeLabel(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Done:
        return tr("Done");
    case AuditOutcome::Refused:
        return tr("Refused");
    case AuditOutcome::Failed:
        return tr("Failed");
    case AuditOutcome::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString AuditTableModel::vendorOf(const AuditRecord &r) const
{
    const QString id = r.provider.isEmpty() ? m_vendors.value(r.server) : r.provider;
    const ProviderType *type = providerType(id);
    return type ? type->displayName : id;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const AuditDecision *d = decisionAt(index.row());
    if (!d || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    const AuditRecord &first = d->first();
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const auto line = [role](const QString &s) {
            // One line in the table; the whole text in the tooltip and the details.
            const QString safe = displaySafe(s);
            return role == Qt::DisplayRole ? QString(safe).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                           : safe;
        };
        switch (index.column()) {
        case Time:
            return when(first.time);
        case Person:
            return first.serverUser.isEmpty() || first.serverUser == first.localUser
                       ? line(first.localUser)
                       : tr("%1 (as %2)").arg(line(first.localUser), line(first.serverUser));
        case Server: {
            const QString vendor = vendorOf(first);
            return vendor.isEmpty() ? line(first.server) : tr("%1 (%2)").arg(line(first.server), vendor);
        }
        case Project:
            return first.project.isEmpty()
                       ? (role == Qt::ToolTipRole ? tr("Not recorded by this version") : QStringLiteral("—"))
                       : line(first.project);
        case Gate:
            return role == Qt::ToolTipRole ? line(first.gateId)
                                           : line(first.summary.isEmpty() ? first.gateId : first.summary);
        case DecisionColumn:
            return decisionLabel(first.decision);
        case Outcome:
            if (role == Qt::ToolTipRole) {
                return d->completed
                           ? line(d->outcomeText)
                           : tr("No answer was recorded: the run that sent it stopped first, and the "
                                "gate has not been read again since");
            }
            return d->completed ? outcomeLabel(d->outcome) : tr("Unknown (no answer)");
        case Note:
            return line(first.note);
        case ServerMessage: {
            const QString message = d->httpStatus != 0 && !d->serverMessage.isEmpty()
                                        ? tr("HTTP %1: %2").arg(d->httpStatus).arg(d->serverMessage)
                                    : d->httpStatus != 0 ? tr("HTTP %1").arg(d->httpStatus)
                                                         : d->serverMessage;
            return line(message);
        }
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Outcome) {
        switch (d->outcome) {
        case AuditOutcome::Done:
            return badgeIcon(Badge::Ok);
        case AuditOutcome::Refused:
        case AuditOutcome::Failed:
            return badgeIcon(Badge::Error);
        case AuditOutcome::Unknown:
            return badgeIcon(Badge::Checking);
        }
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Person:
        return tr("Decided by");
    case Server:
        return tr("Server");
    case Project:
        return tr("Project");
    case Gate:
        return tr("Gate");
    case DecisionColumn:
        return tr("Decision");
    case Outcome:
        return tr("Outcome");
    case Note:
        return tr("Note");
    case ServerMessage:
        return tr("Server's message");
    default:
        return {};
    }
}

AuditWindow::AuditWindow(const AuditLog &log, QHash<QString, QString> vendors, QWidget *parent)
    : QDialog(parent), m_log(log), m_model(new AuditTableModel(std::move(vendors), this)),
      m_view(new QTreeView(this)), m_chain(new QLabel(this)), m_count(new QLabel(this)),
      m_details(new QTextBrowser(this)), m_fromOn(new QCheckBox(tr("&From"), this)),
      m_toOn(new QCheckBox(tr("&To"), this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_person(new QComboBox(this)), m_project(new QComboBox(this)), m_outcome(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_exportCsv(new QPushButton(tr("Export &CSV…"), this)),
      m_exportJson(new QPushButton(tr("Export &JSON…"), this)), m_reload(new QPushButton(tr("&Reload"), this))
{
    setObjectName(QStringLiteral("auditWindow"));
    setWindowTitle(tr("Audit Log"));
    setSizeGripEnabled(true);
    // A window of its own beside the dashboard, not a modal box in front of it.
    setWindowFlag(Qt::Window);
    setWindowModality(Qt::NonModal);

    m_count->setObjectName(QStringLiteral("auditCount"));
    m_count->setWordWrap(true); // an export error names the file: it wraps rather than widen the window
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setWordWrap(true);
    m_chain->setTextFormat(Qt::PlainText);
    m_chain->setContentsMargins(10, 6, 10, 6);
    m_chain->setTextInteractionFlags(Qt::TextSelectableByMouse);

    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        // The whole date beside the popup's arrow, at any scale.
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) +
                              edit->fontMetrics().averageCharWidth() * 8);
    }
    m_fromOn->setToolTip(tr("Only decisions made on or after this day"));
    m_toOn->setToolTip(tr("Only decisions made on or before this day"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (const AuditOutcome o :
         {AuditOutcome::Done, AuditOutcome::Refused, AuditOutcome::Failed, AuditOutcome::Unknown}) {
        m_outcome->addItem(AuditTableModel::outcomeLabel(o), outcomeName(o));
    }
    m_search->setPlaceholderText(tr("Search gates, notes, branches, messages"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 16);
    m_person->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    // Two rows, so that the window still fits a small screen (or a large scale factor): the dates and the
    // count, then who, where, what became of it and the words.
    auto *filters = new QGridLayout;
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_fromOn);
    dates->addWidget(m_from);
    dates->addSpacing(8);
    dates->addWidget(m_toOn);
    dates->addWidget(m_to);
    dates->addStretch(1);
    dates->addWidget(m_count);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_person);
    choices->addWidget(m_project);
    choices->addWidget(m_outcome);
    choices->addWidget(m_search, 1);
    filters->addLayout(dates, 0, 0);
    filters->addLayout(choices, 1, 0);

    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);

    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setOpenLinks(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportCsv, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportJson, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reload, QDialogButtonBox::ResetRole);
    m_exportCsv->setToolTip(tr("Save the decisions shown, with every record of each, as CSV"));
    m_exportJson->setToolTip(tr("Save the decisions shown, with every record of each, as JSON"));
    m_reload->setToolTip(tr("Read the audit log again and check its chain"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chain);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromOn, m_toOn}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_datesTouched = true;
            applyFilter();
        });
    }
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_datesTouched = true;
            applyFilter();
        });
    }
    for (QComboBox *box : {m_person, m_project, m_outcome}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AuditWindow::applyFilter);
    }
    connect(m_search, &QLineEdit::textChanged, this, &AuditWindow::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditWindow::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditWindow::updateDetails);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportShown(AuditFormat::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportShown(AuditFormat::Json); });
    connect(m_reload, &QPushButton::clicked, this, &AuditWindow::reload);

    m_chooseFile = [this](const QString &title, const QString &suggested) {
        return QFileDialog::getSaveFileName(this, title, QDir::home().filePath(suggested));
    };
    reload();
    // Wide enough for every column of a typical row, tall enough for a page of decisions and the details of
    // one, never beyond the screen.
    const int em = fontMetrics().averageCharWidth();
    const int line = fontMetrics().lineSpacing();
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    const int height = std::min(line * 42, available.height() * 85 / 100);
    resize(std::min(em * 180, available.width() * 9 / 10), height);
    splitter->setSizes({height * 11 / 20, height * 6 / 20});
}

void AuditWindow::reload()
{
    const AuditCheck check = m_log.check();
    std::vector<AuditDecision> decisions = auditDecisions(check.records);
    const size_t count = decisions.size();
    // Dates span the log unless the person chose them.
    if (!m_datesTouched && !check.records.empty()) {
        const QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(check.records.front().time.toLocalTime().date());
        m_to->setDate(check.records.back().time.toLocalTime().date());
    }
    m_model->setDecisions(std::move(decisions));
    updateChoices();
    showChainState(check, count);
    applyFilter();
    for (int c = 0; c < AuditTableModel::ColumnCount - 1; ++c) {
        m_view->resizeColumnToContents(c);
        const int cap = fontMetrics().averageCharWidth() * 40;
        if (m_view->columnWidth(c) > cap) {
            m_view->setColumnWidth(c, cap);
        }
    }
}

void AuditWindow::showChainState(const AuditCheck &check, size_t decisions)
{
    m_intact = check.intact();
    const int records = static_cast<int>(check.records.size());
    QString text;
    if (m_intact && records == 0) {
        text = tr("No decision has been recorded yet. The audit log is %1.")
                   .arg(QDir::toNativeSeparators(m_log.path()));
    } else if (m_intact) {
        text = tr("The chain is intact: %n record(s), each linked to the one before, and the log matches the "
                  "anchor kept beside it.",
                  nullptr, records) +
               QLatin1Char(' ') + tr("%n decision(s).", nullptr, static_cast<int>(decisions)) +
               QLatin1Char(' ') + tr("The audit log is %1.").arg(QDir::toNativeSeparators(m_log.path()));
    } else if (check.badLine > 0) {
        // The problem, as the log's check words it, then which record is first to blame and what is shown.
        const QString where =
            check.badSeq > 0
                ? tr("The first bad record is record %1, on line %2.").arg(check.badSeq).arg(check.badLine)
                : tr("The first bad record is on line %1.").arg(check.badLine);
        text = tr("The audit log does not verify: %1.").arg(displaySafe(check.problem)) + QLatin1Char('\n') +
               where + QLatin1Char(' ') +
               tr("Only the %n record(s) before it are shown; nothing from it on can be trusted.", nullptr,
                  records);
    } else {
        text =
            tr("The audit log does not verify: %1.").arg(displaySafe(check.problem)) + QLatin1Char('\n') +
            tr("The %n record(s) it holds are shown, but they may not be all there were.", nullptr, records);
    }
    m_chain->setText(text);
    m_chain->setAutoFillBackground(!m_intact);
    QPalette palette = this->palette();
    if (!m_intact) {
        palette.setColor(QPalette::WindowText, errorColor());
        QColor tint = errorColor();
        tint.setAlpha(40);
        palette.setColor(QPalette::Window, tint);
    }
    m_chain->setPalette(palette);
    QFont font = m_chain->font();
    font.setBold(!m_intact);
    m_chain->setFont(font);
    m_chain->setProperty("broken", !m_intact);
}

void AuditWindow::updateChoices()
{
    // Everyone named in the log, and every project: the person's choice kept where it still exists.
    const QString person = m_person->currentData().toString();
    const QString project = m_project->currentData().toString();
    QStringList people;
    QStringList projects;
    for (const AuditDecision &d : m_model->all()) {
        for (const QString &p : {d.first().localUser, d.first().serverUser}) {
            if (!p.isEmpty() && !people.contains(p)) {
                people.append(p);
            }
        }
        if (!d.first().project.isEmpty() && !projects.contains(d.first().project)) {
            projects.append(d.first().project);
        }
    }
    people.sort(Qt::CaseInsensitive);
    projects.sort(Qt::CaseInsensitive);
    const QSignalBlocker a(m_person), b(m_project);
    m_person->clear();
    m_person->addItem(tr("Everyone"), QString());
    for (const QString &p : people) {
        m_person->addItem(displaySafe(p), p);
    }
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
    m_project->clear();
    m_project->addItem(tr("All projects"), QString());
    for (const QString &p : projects) {
        m_project->addItem(displaySafe(p), p);
    }
    m_project->setCurrentIndex(std::max(0, m_project->findData(project)));
}

void AuditWindow::applyFilter()
{
    AuditFilter f;
    if (m_fromOn->isChecked()) {
        f.from = m_from->date();
    }
    if (m_toOn->isChecked()) {
        f.to = m_to->date();
    }
    f.person = m_person->currentData().toString();
    f.project = m_project->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    f.text = m_search->text().trimmed();
    const QString current =
        m_view->currentIndex().isValid() && m_model->decisionAt(m_view->currentIndex().row())
            ? m_model->decisionAt(m_view->currentIndex().row())->first().hash
            : QString();
    m_model->setFilter(f);
    const int shown = m_model->rowCount();
    const int all = static_cast<int>(m_model->all().size());
    m_count->setText(shown == all ? tr("%n decision(s)", nullptr, all) : tr("%1 of %2").arg(shown).arg(all));
    m_exportCsv->setEnabled(shown > 0);
    m_exportJson->setEnabled(shown > 0);
    // The same decision stays selected where the filter still shows it, else the newest.
    int row = 0;
    for (int r = 0; r < shown; ++r) {
        if (m_model->decisionAt(r)->first().hash == current) {
            row = r;
        }
    }
    if (shown > 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
    }
    updateDetails();
}

void AuditWindow::updateDetails()
{
    const AuditDecision *d = m_model->decisionAt(m_view->currentIndex().row());
    if (!d) {
        m_details->setHtml(m_model->all().empty() ? QString()
                                                  : tr("<p>No recorded decision matches the filter.</p>"));
        return;
    }
    const auto esc = [](const QString &s) { return displaySafe(s).toHtmlEscaped(); };
    const AuditRecord &first = d->first();
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(esc(first.summary.isEmpty() ? first.gateId : first.summary));
    html += QStringLiteral("<p>") + tr("Gate <tt>%1</tt> on %2").arg(esc(first.gateId), esc(first.server));
    if (!first.commitSha.isEmpty()) {
        html += QStringLiteral("<br>") +
                tr("Commit <tt>%1</tt> %2").arg(esc(first.commitSha.left(12)), esc(first.commitSubject));
    }
    if (!first.branch.isEmpty()) {
        html += QStringLiteral("<br>") + tr("Branch %1").arg(esc(first.branch));
    }
    if (!first.environment.isEmpty()) {
        html += QStringLiteral("<br>") + tr("Environment or workflow %1").arg(esc(first.environment));
    }
    html += QStringLiteral("</p><table cellspacing=\"0\" cellpadding=\"3\">");
    for (const AuditRecord &r : d->records) {
        QString what = esc(r.result);
        if (r.event == QLatin1String("intent")) {
            what = tr("%1, note: %2")
                       .arg(decisionLabel(r.decision), esc(r.note.isEmpty() ? tr("(none)") : r.note));
        }
        if (!r.step.isEmpty()) {
            what = tr("step %1: %2").arg(esc(r.step), what);
        }
        if (r.httpStatus != 0) {
            what += QStringLiteral(" — ") + tr("HTTP %1").arg(r.httpStatus);
        }
        if (!r.serverMessage.isEmpty()) {
            what += QStringLiteral(" — ") + esc(r.serverMessage);
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td><td>%4</td></tr>")
                    .arg(tr("#%1").arg(r.seq), when(r.time), eventLabel(r.event), what);
    }
    html += QStringLiteral("</table>");
    if (!d->completed) {
        html += QStringLiteral("<p>") +
                tr("No answer was recorded: the run that sent this stopped before it. Greenlight reads such "
                   "gates again when it starts and records what the server then says.") +
                QStringLiteral("</p>");
    }
    m_details->setHtml(html);
}

Result<void> AuditWindow::exportTo(const QString &path, AuditFormat format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray text = exportRecords(recordsOf(m_model->shown()), format);
    if (file.write(text) != text.size() || !file.commit()) {
        return fail(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

void AuditWindow::exportShown(AuditFormat format)
{
    const bool csv = format == AuditFormat::Csv;
    const QString suggested = QStringLiteral("greenlight-audit-%1.%2")
                                  .arg(Clock::utcNow().toLocalTime().date().toString(Qt::ISODate),
                                       csv ? QStringLiteral("csv") : QStringLiteral("json"));
    const QString path =
        m_chooseFile(csv ? tr("Export the Audit Log as CSV") : tr("Export the Audit Log as JSON"), suggested);
    if (path.isEmpty()) {
        return;
    }
    if (auto written = exportTo(path, format); !written) {
        m_count->setText(written.error().message);
        m_count->setToolTip(written.error().message);
        QPalette palette = m_count->palette();
        palette.setColor(QPalette::WindowText, errorColor());
        m_count->setPalette(palette);
        return;
    }
    m_count->setPalette(palette());
    m_count->setText(
        tr("%n decision(s) saved to %1", nullptr, m_model->rowCount()).arg(QFileInfo(path).fileName()));
    m_count->setToolTip(QDir::toNativeSeparators(path));
}

} // namespace gl::ui
