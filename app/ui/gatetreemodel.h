#pragma once

#include "gate.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace gl {
class GateStore;
}

namespace gl::ui {

// The gates as a tree (server → project → pipeline → workflow or environment → gate), kept up to date
// incrementally from GateStore's added / changed / removed signals, so that a view's selection,
// expansion and scroll position survive every poll. Parents that no longer hold a gate disappear, except
// server rows: one per configured server, saying what is known of it (checking, not set up, failing with
// its last gates kept and marked stale, or polled).
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

    void addGate(const Gate &gate);
    void changeGate(const Gate &gate);
    void removeGate(const QString &id);
    // A server row shows what is known of the server, even with nothing below it.
    void updateServer(const QString &server);
    void removeServer(const QString &server); // its row and everything below it
    void reorderServers();                    // server rows in the store's order

    // Decision state shown on a gate row.
    void setInFlight(const QString &id, bool inFlight);
    void setOutcome(const QString &id, const QString &text, bool failed);
    // "Waiting" and "Expires" texts move with the clock.
    void refreshTimes();

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

private:
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *ensureChild(Node *parent, int level, const QString &key, const Gate &gate);
    void insertGate(const Gate &gate);
    void eraseGate(Node *node);
    void countChanged(Node *from);
    QVariant gateData(const Node &node, int column, int role) const;
    QVariant groupData(const Node &node, int column, int role) const;
    QVariant serverData(const Node &node, int column, int role) const;
    Node *ensureServer(const QString &server);
    int staleBelow(const Node &node) const;
    QString countText(const Node &node) const; // "3 waiting", "2 stale", "1 waiting, 2 stale"

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_gates; // gate id → its row
    QHash<QString, Node *> m_keys;  // every row by key
    QPointer<GateStore> m_store;
};

QString waitingText(const QDateTime &since);
QString agoText(const QDateTime &when); // "just now", "5 min ago", …
// The first line of an error without where it happened (server, project, API path), "(+N more)" lines.
QString shortError(const QString &error);
QString expiresText(const QDateTime &when);

} // namespace gl::ui
