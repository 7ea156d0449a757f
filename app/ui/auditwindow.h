// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "audit/auditlog.h"
#include "audit/auditview.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace gl::ui {

// The decisions of an audit log, newest first, one row each, filtered by an AuditFilter.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Person,
        Server,
        Project,
        Gate,
        DecisionColumn,
        Outcome,
        Note,
        ServerMessage,
        ColumnCount
    };
    // What each server is, for decisions recorded before the vendor was (server name → "circleci", …).
    explicit AuditTableModel(QHash<QString, QString> vendors, QObject *parent = nullptr);

    void setDecisions(std::vector<AuditDecision> decisions);
    void setFilter(const AuditFilter &filter);
    const std::vector<AuditDecision> &all() const { return m_all; }
    // The decisions the filter lets through, in the order of the rows.
    std::vector<AuditDecision> shown() const;
    const AuditDecision *decisionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString outcomeLabel(AuditOutcome outcome); // "Done", "Refused", …, translated
    QString vendorOf(const AuditRecord &record) const; // "CircleCI", "GitLab", …; empty when not known

private:
    void refilter();

    QHash<QString, QString> m_vendors;
    std::vector<AuditDecision> m_all; // oldest first, as in the log
    std::vector<int> m_rows;          // indexes into m_all, newest first
    AuditFilter m_filter;
};

// View → Audit Log: every decision the log records with when, who (the local user and the server account),
// the gate and its vendor, the note, the outcome and the server's message; filters by date, person, project
// and outcome; export of what is shown as CSV or JSON; and the chain's state, red with the first bad record
// named when the log does not verify.
class AuditWindow final : public QDialog
{
    Q_OBJECT
public:
    // log: read again on each reload (copied: the window may outlive the session's changes).
    AuditWindow(const AuditLog &log, QHash<QString, QString> vendors, QWidget *parent = nullptr);

    // Reads the log again, keeping the filter.
    void reload();
    // Writes the records of the shown decisions to path; the error, in words, when it cannot.
    Result<void> exportTo(const QString &path, AuditFormat format) const;
    // What the Export buttons ask for a file with; QFileDialog by default. Returns an empty path to cancel.
    using FileChooser = std::function<QString(const QString &title, const QString &suggestedName)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    bool chainIntact() const { return m_intact; }
    AuditTableModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLabel *chainLabel() const { return m_chain; }
    QLabel *countLabel() const { return m_count; }
    QTextBrowser *details() const { return m_details; }
    QCheckBox *fromBox() const { return m_fromOn; }
    QCheckBox *toBox() const { return m_toOn; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *personBox() const { return m_person; }
    QComboBox *projectBox() const { return m_project; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportJsonButton() const { return m_exportJson; }
    QPushButton *reloadButton() const { return m_reload; }

private:
    void applyFilter();
    void updateDetails();
    void updateChoices();
    void exportShown(AuditFormat format);
    void showChainState(const AuditCheck &check, size_t decisions);

    AuditLog m_log;
    AuditTableModel *m_model;
    QTreeView *m_view;
    QLabel *m_chain;
    QLabel *m_count;
    QTextBrowser *m_details;
    QCheckBox *m_fromOn;
    QCheckBox *m_toOn;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_person;
    QComboBox *m_project;
    QComboBox *m_outcome;
    QLineEdit *m_search;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QPushButton *m_reload;
    FileChooser m_chooseFile;
    bool m_intact = true;
    bool m_datesTouched = false;
};

} // namespace gl::ui
