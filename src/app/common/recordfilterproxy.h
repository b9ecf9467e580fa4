#pragma once

#include "rowfilters.h"

#include <QHash>
#include <QSortFilterProxyModel>

namespace pacte {

// Sorting and filtering of a ListTableModel: the quick search (accent- and case-insensitive, every
// word must appear) and one value per facet (territory, axis, status...).
class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterProxy)

public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    // A facet value, or clears the facet with `std::nullopt`.
    void setFacet(FilterKey key, std::optional<qint64> value);
    void clearFacets();
    bool hasActiveFilter() const;

    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    bool accepts(const QString& searchText, const RowFilters& filters) const;

    const RowSource* m_rows = nullptr; // the source model's rows, when it offers them
    QStringList m_words;
    QHash<FilterKey, qint64> m_facets;
};

} // namespace pacte
