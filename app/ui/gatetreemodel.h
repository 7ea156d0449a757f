// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "gate.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <memory>
#include <vector>

class QTimer;

namespace gl {
class GateStore;
}

namespace gl::ui {

// The gates as a tree (server → project → pipeline → workflow or environment → gate), kept up to date
// incrementally from GateStore's added / changed / removed signals, so that a view's selection,
// expansion and scroll position survive every poll. Those signals are collected and applied when the
// store says a change is complete (GateStore::updated): new rows that end up next to each other go in
// with one beginInsertRows (a new group with everything below it), removed neighbours with one
// beginRemoveRows, and each group's count is repainted once; a large change is spread over turns of the
// event loop (see kAtOnce). Gate rows share the store's gates. Parents that no longer hold a gate
// disappear, except server rows: one per configured server, saying what is known of it (checking, not
// set up, failing with its last gates kept and marked stale, or polled).
class GateTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        WaitingColumn,
        TriggeredColumn,
        BranchColumn,
        CommitColumn,
        ApprovalsColumn,
        ExpiresColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // stable key of any row ("g:<gate id>" for gates)
        GateIdRole,                 // gate rows only
        LevelRole,                  // Level
        SortRole,                   // what each column sorts by
        SearchTextRole,             // what the filter box matches (gates only)
        CanApproveRole,             // gates only
        InFlightRole,               // a decision is on its way
        StaleRole,                  // gates: shown by an earlier poll, not confirmed by the last one
        ServerStateRole,            // server rows: gl::ServerState as int
    };
    enum class Level
    {
        Server,
        Project,
        Pipeline,
        Workflow,
        Gate
    };
    Q_ENUM(Level)

    explicit GateTreeModel(QObject *parent = nullptr);
    ~GateTreeModel() override;

    // Follows the store from now on (replacing what the model held).
    void setStore(GateStore *store);
    // Replaces everything at once (a model reset): the first load, and the benchmark's baseline.
    void resetFrom(const Gates &gates);

    // One gate at once (without a store, or by hand); a store's signals are applied in batches instead.
    void addGate(const Gate &gate);
    void changeGate(const Gate &gate);
    void removeGate(const QString &id);
    // Store changes not applied yet (more came at once than one turn of the event loop takes).
    bool updatesPending() const { return !m_pending.empty(); }
    // A store change of up to kAtOnce gates is applied at once; a larger one on the next turns of the event
    // loop, in batches of chunkSize() gates, as many in one turn as fit in turnBudget() (at least one).
    static constexpr int kAtOnce = 32;
    int chunkSize() const { return m_chunkSize; }
    void setChunkSize(int gates) { m_chunkSize = gates; }
    std::chrono::milliseconds turnBudget() const { return m_turnBudget; }
    void setTurnBudget(std::chrono::milliseconds budget) { m_turnBudget = budget; }
    // A server row shows what is known of the server, even with nothing below it.
    void updateServer(const QString &server);
    void removeServer(const QString &server); // its row and everything below it
    void reorderServers();                    // server rows in the store's order

    // Decision state shown on a gate row.
    void setInFlight(const QString &id, bool inFlight);
    void setOutcome(const QString &id, const QString &text, bool failed);
    // "Waiting", "Expires" and "stale, seen … ago" texts move with the clock: repaints them on these gate
    // rows (the rows on screen; other rows are painted afresh when they come into view), in ranges of
    // adjacent rows, and returns when the next of their texts will change (invalid: none will), or, with
    // gatherSecs, the last change that comes within that many seconds of the next one.
    QDateTime refreshTimes(const QModelIndexList &rows, int gatherSecs = 0);
    void refreshTimes(); // every gate row (the window repaints only those on screen)
    QDateTime nextTimeChange(const QModelIndexList &rows, int gatherSecs = 0) const;

    const Gate *gate(const QModelIndex &index) const;
    QModelIndex indexOfGate(const QString &id) const;
    QModelIndex indexOfKey(const QString &key) const;
    int gateCount() const { return static_cast<int>(m_gates.size()); }
    int staleCount() const;
    QString longestWaitingGateId() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    struct Node;

Q_SIGNALS:
    // A batch of the store's changes is in the tree (once per chunk).
    void updatesApplied();

private:
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void enqueue(const QString &id);
    void storeUpdated();
    void flush(bool budgeted);
    void apply(const std::vector<std::shared_ptr<const Gate>> &upserts, const QStringList &removals);
    bool samePlace(const Node &node, const Gate &gate) const;
    std::unique_ptr<Node> makeNode(Level level, Node *parent, const std::shared_ptr<const Gate> &gate) const;
    void insertGates(const std::vector<std::shared_ptr<const Gate>> &gates);
    void removeNodes(const std::vector<Node *> &gates);
    void updateNode(Node *node, const std::shared_ptr<const Gate> &fresh);
    void registerSubtree(Node *node);
    void unregisterSubtree(Node *node);
    void countsChanged(std::vector<Node *> nodes);
    QDateTime nextTimeChange(const Node &node) const;
    QVariant gateData(const Node &node, int column, int role) const;
    QVariant groupData(const Node &node, int column, int role) const;
    QVariant serverData(const Node &node, int column, int role) const;
    Node *ensureServer(const QString &server);
    int staleBelow(const Node &node) const;
    QString countText(const Node &node) const; // "3 waiting", "2 stale", "1 waiting, 2 stale"

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_gates; // gate id → its row
    QHash<QString, Node *> m_keys;  // every group's row by key
    QPointer<GateStore> m_store;
    std::vector<QString> m_pending; // gate ids the store changed, in order, not applied yet
    QSet<QString> m_pendingIds;
    int m_chunkSize = 16;
    std::chrono::milliseconds m_turnBudget{16};
    QTimer *m_flushTimer;
};

QString waitingText(const QDateTime &since);
QString agoText(const QDateTime &when); // "just now", "5 min ago", …
// The first line of an error without where it happened (server, project, API path), "(+N more)" lines.
QString shortError(const QString &error);
QString expiresText(const QDateTime &when);
// When waitingText(since) (and agoText) or expiresText(when) will next read differently; invalid: never.
QDateTime nextWaitingTextChange(const QDateTime &since);
QDateTime nextExpiresTextChange(const QDateTime &when);

} // namespace gl::ui
