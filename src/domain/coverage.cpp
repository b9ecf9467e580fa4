#include "coverage.h"

#include "textsearch.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pacte {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pacte::Coverage)
};

// French function words: they make any two sentences look alike.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words{
        QStringLiteral("les"),    QStringLiteral("des"),   QStringLiteral("une"),   QStringLiteral("aux"),
        QStringLiteral("pour"),   QStringLiteral("par"),   QStringLiteral("sur"),   QStringLiteral("dans"),
        QStringLiteral("avec"),   QStringLiteral("sans"),  QStringLiteral("est"),   QStringLiteral("sont"),
        QStringLiteral("qui"),    QStringLiteral("que"),   QStringLiteral("leur"),  QStringLiteral("leurs"),
        QStringLiteral("ces"),    QStringLiteral("cette"), QStringLiteral("cet"),   QStringLiteral("son"),
        QStringLiteral("ses"),    QStringLiteral("nos"),   QStringLiteral("vos"),   QStringLiteral("notre"),
        QStringLiteral("votre"),  QStringLiteral("entre"), QStringLiteral("vers"),  QStringLiteral("chez"),
        QStringLiteral("plus"),   QStringLiteral("tout"),  QStringLiteral("tous"),  QStringLiteral("toute"),
        QStringLiteral("toutes"), QStringLiteral("ainsi"), QStringLiteral("afin"),  QStringLiteral("etc"),
        QStringLiteral("mais"),   QStringLiteral("donc"),  QStringLiteral("car"),   QStringLiteral("dont"),
        QStringLiteral("elle"),   QStringLiteral("elles"), QStringLiteral("ils"),   QStringLiteral("nous"),
        QStringLiteral("vous"),   QStringLiteral("aussi"), QStringLiteral("celle"), QStringLiteral("celui"),
        QStringLiteral("ceux"),   QStringLiteral("the"),   QStringLiteral("and"),
    };
    return words;
}

template <typename Add>
void addWords(const QString& text, Add add)
{
    const QString folded = foldForSearch(text);
    const auto& stops = stopWords();
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            if (i - start >= 3) {
                QString word = folded.mid(start, i - start);
                if (!stops.contains(word))
                    add(std::move(word));
            }
            start = -1;
        }
    }
}

// Words numbered once for the whole edition: a text is then a sorted vector of ints.
class WordTable final
{
public:
    std::vector<int> wordSet(const QString& text)
    {
        std::vector<int> ids;
        addWords(text, [&](QString word) {
            const auto it = m_ids.constFind(word);
            ids.push_back(it != m_ids.cend() ? *it : *m_ids.insert(std::move(word), static_cast<int>(m_ids.size())));
        });
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }
    int size() const { return static_cast<int>(m_ids.size()); }

private:
    QHash<QString, int> m_ids;
};

double jaccard(const std::vector<int>& a, const std::vector<int>& b)
{
    if (a.empty() || b.empty())
        return 0;
    std::size_t common = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// One text of one action as the duplicate search reads it.
struct Text
{
    std::vector<int> words;  // sorted by id, for the Jaccard index
    std::vector<int> prefix; // its rarest words: two texts alike share at least one (prefix filtering)
};

struct ActionTexts
{
    const Action* action = nullptr;
    const WorkingGroup* group = nullptr;
    Text title;
    Text objectives;
};

// The best pairs of one action, at most `capacity`: most similar first; among equals the nearest in
// the list, so that many identical texts pair in a chain rather than all with the first one.
struct BestPairs
{
    struct Entry
    {
        double score;
        int other;
    };
    std::vector<Entry> entries;

    void offer(int self, double score, int other, int capacity)
    {
        for (const auto& e : entries) {
            if (e.other == other)
                return;
        }
        const auto better = [self](const Entry& a, const Entry& b) {
            if (a.score != b.score)
                return a.score > b.score;
            const int da = std::abs(a.other - self);
            const int db = std::abs(b.other - self);
            return da != db ? da < db : a.other < b.other;
        };
        const Entry entry{score, other};
        if (static_cast<int>(entries.size()) == capacity) {
            if (!better(entry, entries.back()))
                return;
            entries.pop_back();
        }
        entries.insert(std::upper_bound(entries.begin(), entries.end(), entry, better), entry);
    }
};

class DuplicateFinder final
{
public:
    DuplicateFinder(const EditionData& data, const QHash<Id, const WorkingGroup*>& groups,
                    const CoverageOptions& options)
        : m_options(options)
    {
        WordTable table;
        m_texts.reserve(static_cast<std::size_t>(data.actions.size()));
        for (const auto& action : data.actions) {
            const WorkingGroup* group = groups.value(action.groupId);
            if (!group)
                continue;
            m_texts.push_back(
                {&action, group, {table.wordSet(action.title), {}}, {table.wordSet(action.objectives), {}}});
        }
        // Prefix filtering orders words rarest first: the prefixes that must share a word are short.
        std::vector<int> frequency(static_cast<std::size_t>(table.size()), 0);
        for (const auto& t : m_texts) {
            for (int w : t.title.words)
                ++frequency[static_cast<std::size_t>(w)];
            for (int w : t.objectives.words)
                ++frequency[static_cast<std::size_t>(w)];
        }
        for (auto& t : m_texts) {
            setPrefix(t.title, frequency);
            setPrefix(t.objectives, frequency);
        }
        m_best.resize(m_texts.size());
    }

    // The actions (indices in texts()) on one theme in one territory.
    void searchBucket(const std::vector<int>& bucket)
    {
        if (bucket.size() < 2)
            return;
        // Inverted index of the prefixes seen so far in this bucket, one per field.
        std::unordered_map<int, std::vector<int>> titleIndex;
        std::unordered_map<int, std::vector<int>> objectivesIndex;
        std::vector<int> candidates;
        for (int x : bucket) {
            candidates.clear();
            const ActionTexts& tx = m_texts[static_cast<std::size_t>(x)];
            collect(tx.title.prefix, titleIndex, tx, candidates);
            collect(tx.objectives.prefix, objectivesIndex, tx, candidates);
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
            for (int y : candidates)
                verify(x, y);
            for (int w : tx.title.prefix)
                titleIndex[w].push_back(x);
            for (int w : tx.objectives.prefix)
                objectivesIndex[w].push_back(x);
        }
    }

    // The pairs the actions kept, most similar first, each action in at most maxPairsPerAction of them.
    QList<PossibleDuplicate> result(const QHash<Id, Id>& themeOfAction) const
    {
        struct Pair
        {
            double score;
            Id first;
            Id second;
            int a;
            int b;
        };
        QSet<quint64> seen;
        std::vector<Pair> pairs;
        for (std::size_t x = 0; x < m_best.size(); ++x) {
            for (const auto& entry : m_best[x].entries) {
                const int a = std::min(static_cast<int>(x), entry.other);
                const int b = std::max(static_cast<int>(x), entry.other);
                const quint64 key = (static_cast<quint64>(a) << 32) | static_cast<quint64>(b);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                const Id idA = m_texts[static_cast<std::size_t>(a)].action->id;
                const Id idB = m_texts[static_cast<std::size_t>(b)].action->id;
                pairs.push_back({entry.score, std::min(idA, idB), std::max(idA, idB), a, b});
            }
        }
        std::sort(pairs.begin(), pairs.end(), [](const Pair& p, const Pair& q) {
            if (p.score != q.score)
                return p.score > q.score;
            return p.first != q.first ? p.first < q.first : p.second < q.second;
        });
        std::vector<int> kept(m_texts.size(), 0);
        QList<PossibleDuplicate> result;
        for (const auto& p : pairs) {
            int& keptA = kept[static_cast<std::size_t>(p.a)];
            int& keptB = kept[static_cast<std::size_t>(p.b)];
            if (keptA >= m_options.maxPairsPerAction || keptB >= m_options.maxPairsPerAction)
                continue;
            ++keptA;
            ++keptB;
            const ActionTexts& ta = m_texts[static_cast<std::size_t>(p.a)];
            const ActionTexts& tb = m_texts[static_cast<std::size_t>(p.b)];
            PossibleDuplicate pair;
            pair.firstActionId = p.first;
            pair.secondActionId = p.second;
            pair.themeId = themeOfAction.value(ta.action->id);
            for (Id territory : ta.group->territoryIds) {
                if (tb.group->territoryIds.contains(territory))
                    pair.territoryIds.append(territory);
            }
            pair.titleSimilarity = similarity(ta.title, tb.title);
            pair.objectivesSimilarity = similarity(ta.objectives, tb.objectives);
            result.append(pair);
        }
        return result;
    }

    const std::vector<ActionTexts>& texts() const { return m_texts; }

private:
    void setPrefix(Text& text, const std::vector<int>& frequency) const
    {
        const auto size = static_cast<int>(text.words.size());
        if (size < m_options.minWords)
            return;
        std::vector<int> rarest = text.words;
        std::sort(rarest.begin(), rarest.end(), [&](int a, int b) {
            const int fa = frequency[static_cast<std::size_t>(a)];
            const int fb = frequency[static_cast<std::size_t>(b)];
            return fa != fb ? fa < fb : a < b;
        });
        // A text y with J(x, y) >= t shares a word with the first |x| - ceil(t·|x|) + 1 words of x.
        const int length = size - static_cast<int>(std::ceil(m_options.minSimilarity * size - 1e-9)) + 1;
        rarest.resize(static_cast<std::size_t>(std::clamp(length, 1, size)));
        text.prefix = std::move(rarest);
    }

    void collect(const std::vector<int>& prefix, const std::unordered_map<int, std::vector<int>>& index,
                 const ActionTexts& tx, std::vector<int>& candidates) const
    {
        for (int w : prefix) {
            const auto it = index.find(w);
            if (it == index.cend())
                continue;
            for (int y : it->second) {
                if (m_texts[static_cast<std::size_t>(y)].group != tx.group)
                    candidates.push_back(y);
            }
        }
    }

    double similarity(const Text& a, const Text& b) const
    {
        if (static_cast<int>(a.words.size()) < m_options.minWords ||
            static_cast<int>(b.words.size()) < m_options.minWords)
            return 0;
        return jaccard(a.words, b.words);
    }

    void verify(int x, int y)
    {
        const ActionTexts& tx = m_texts[static_cast<std::size_t>(x)];
        const ActionTexts& ty = m_texts[static_cast<std::size_t>(y)];
        const double score = std::max(similarity(tx.title, ty.title), similarity(tx.objectives, ty.objectives));
        if (score + 1e-9 < m_options.minSimilarity)
            return;
        m_best[static_cast<std::size_t>(x)].offer(x, score, y, m_options.maxPairsPerAction);
        m_best[static_cast<std::size_t>(y)].offer(y, score, x, m_options.maxPairsPerAction);
    }

    const CoverageOptions& m_options;
    std::vector<ActionTexts> m_texts;
    std::vector<BestPairs> m_best;
};

void addUnique(QList<Id>& ids, Id id)
{
    if (id != NoId && !ids.contains(id))
        ids.append(id);
}

} // namespace

int CoverageCell::liveActions() const
{
    return actionsByStatus.value(ActionStatus::InProgress) + actionsByStatus.value(ActionStatus::Running);
}

QStringList significantWords(const QString& text)
{
    QStringList words;
    addWords(text, [&](QString word) { words.append(std::move(word)); });
    words.sort();
    words.removeDuplicates();
    return words;
}

Coverage computeCoverage(const EditionData& data, const CoverageOptions& options)
{
    Coverage coverage;
    QHash<Id, int> territoryIndex;
    for (const auto& territory : data.territories) {
        if (options.territoryId != NoId && territory.id != options.territoryId)
            continue;
        territoryIndex.insert(territory.id, static_cast<int>(coverage.territoryIds.size()));
        coverage.territoryIds.append(territory.id);
    }
    QHash<Id, int> themeIndex;
    QHash<Id, Id> axisOfTheme;
    for (const auto& axis : data.axes) {
        for (const auto& theme : axis.themes) {
            axisOfTheme.insert(theme.id, axis.id);
            if (options.axisId != NoId && axis.id != options.axisId)
                continue;
            themeIndex.insert(theme.id, static_cast<int>(coverage.themeIds.size()));
            coverage.themeIds.append(theme.id);
        }
    }
    const auto themeCount = coverage.themeIds.size();
    coverage.cells.resize(coverage.territoryIds.size() * themeCount);
    for (qsizetype t = 0; t < coverage.territoryIds.size(); ++t) {
        for (qsizetype h = 0; h < themeCount; ++h) {
            CoverageCell& cell = coverage.cells[t * themeCount + h];
            cell.territoryId = coverage.territoryIds.at(t);
            cell.themeId = coverage.themeIds.at(h);
            cell.axisId = axisOfTheme.value(cell.themeId);
        }
    }
    const auto cellOf = [&](Id territoryId, Id themeId) -> CoverageCell* {
        const auto t = territoryIndex.constFind(territoryId);
        const auto h = themeIndex.constFind(themeId);
        if (t == territoryIndex.cend() || h == themeIndex.cend())
            return nullptr;
        return &coverage.cells[*t * themeCount + *h];
    };

    QHash<Id, const WorkingGroup*> groups;
    for (const auto& group : data.groups) {
        groups.insert(group.id, &group);
        bool placed = false;
        for (Id territoryId : group.territoryIds) {
            if (CoverageCell* cell = cellOf(territoryId, group.themeId)) {
                addUnique(cell->groupIds, group.id);
                placed = true;
            }
        }
        const bool known =
            axisOfTheme.contains(group.themeId) && std::any_of(group.territoryIds.cbegin(), group.territoryIds.cend(),
                                                               [&](Id id) { return data.territory(id) != nullptr; });
        if (!placed && !known)
            coverage.unplacedGroupIds.append(group.id);
    }

    // Actions, by theme and territory: the cells, and the buckets where duplicates are looked for.
    QHash<Id, Id> themeOfAction;
    DuplicateFinder finder(data, groups, options);
    QHash<CoverageCell*, std::vector<int>> buckets;
    const auto& texts = finder.texts();
    for (int i = 0; i < static_cast<int>(texts.size()); ++i) {
        const Action& action = *texts[static_cast<std::size_t>(i)].action;
        const WorkingGroup& group = *texts[static_cast<std::size_t>(i)].group;
        const Id themeId = action.themeId != NoId ? action.themeId : group.themeId;
        themeOfAction.insert(action.id, themeId);
        for (Id territoryId : group.territoryIds) {
            CoverageCell* cell = cellOf(territoryId, themeId);
            if (!cell)
                continue;
            cell->actionIds.append(action.id);
            ++cell->actionsByStatus[action.status];
            addUnique(cell->groupIds, group.id);
            buckets[cell].push_back(i);
        }
    }
    for (auto& cell : coverage.cells) {
        for (Id groupId : cell.groupIds) {
            const WorkingGroup* group = groups.value(groupId);
            addUnique(cell.partnerIds, group->pilotPartnerId);
            addUnique(cell.partnerIds, group->coPilotPartnerId);
            for (Id partnerId : group->memberPartnerIds)
                addUnique(cell.partnerIds, partnerId);
        }
        if (cell.groupIds.isEmpty()) {
            coverage.gaps.append({cell.territoryId, cell.themeId, CoverageGapKind::NoGroup, 0, 0});
        } else if (cell.liveActions() == 0) {
            coverage.gaps.append({cell.territoryId, cell.themeId, CoverageGapKind::NoLiveAction,
                                  cell.actionsByStatus.value(ActionStatus::Project),
                                  cell.actionsByStatus.value(ActionStatus::Completed) +
                                      cell.actionsByStatus.value(ActionStatus::Abandoned)});
        }
        if (cell.groupIds.size() >= 2)
            coverage.overlaps.append(
                {cell.territoryId, cell.themeId, cell.groupIds, static_cast<int>(cell.actionIds.size())});
        const auto bucket = buckets.constFind(&cell);
        if (bucket != buckets.cend())
            finder.searchBucket(*bucket);
    }

    coverage.duplicates = finder.result(themeOfAction);

    // Partners: where each pilots, co-pilots or takes part, in the groups of the cells shown.
    QHash<Id, PartnerCoverage> byPartner;
    for (const auto& group : data.groups) {
        if (options.axisId != NoId && !themeIndex.contains(group.themeId) && group.axisId != options.axisId)
            continue;
        QList<QPair<Id, PartnerRole>> roles{{group.pilotPartnerId, PartnerRole::Pilot},
                                            {group.coPilotPartnerId, PartnerRole::CoPilot}};
        for (Id member : group.memberPartnerIds)
            roles.append({member, PartnerRole::Member});
        QSet<Id> seen;
        for (const auto& [partnerId, role] : roles) {
            if (partnerId == NoId || seen.contains(partnerId))
                continue;
            seen.insert(partnerId);
            bool inScope = false;
            PartnerCoverage& partner = byPartner[partnerId];
            partner.partnerId = partnerId;
            for (Id territoryId : group.territoryIds) {
                if (!territoryIndex.contains(territoryId))
                    continue;
                inScope = true;
                partner.places.append({territoryId, group.themeId, group.id, role});
                addUnique(partner.territoryIds, territoryId);
            }
            if (!inScope)
                continue;
            addUnique(partner.themeIds, group.themeId);
            ++(role == PartnerRole::Pilot     ? partner.pilots
               : role == PartnerRole::CoPilot ? partner.coPilots
                                              : partner.memberships);
        }
    }
    for (const auto& partner : data.partners) {
        const auto it = byPartner.constFind(partner.id);
        if (it == byPartner.cend() || it->places.isEmpty())
            continue;
        PartnerCoverage entry = *it;
        std::sort(entry.territoryIds.begin(), entry.territoryIds.end(),
                  [&](Id a, Id b) { return territoryIndex.value(a) < territoryIndex.value(b); });
        coverage.partners.append(entry);
    }
    std::stable_sort(coverage.partners.begin(), coverage.partners.end(),
                     [](const PartnerCoverage& a, const PartnerCoverage& b) {
                         const int ia = a.pilots + a.coPilots + a.memberships;
                         const int ib = b.pilots + b.coPilots + b.memberships;
                         return ia > ib;
                     });
    return coverage;
}

QString partnerRoleLabel(PartnerRole role)
{
    switch (role) {
    case PartnerRole::Pilot:
        return Tr::tr("pilot");
    case PartnerRole::CoPilot:
        return Tr::tr("co-pilot");
    case PartnerRole::Member:
        return Tr::tr("member");
    }
    return {};
}

QString partnerRoleCode(PartnerRole role)
{
    switch (role) {
    case PartnerRole::Pilot:
        return QStringLiteral("pilote");
    case PartnerRole::CoPilot:
        return QStringLiteral("co_pilote");
    case PartnerRole::Member:
        return QStringLiteral("membre");
    }
    return {};
}

QString similarityPercent(double similarity)
{
    return QStringLiteral("%1\u00a0%").arg(qRound(similarity * 100));
}

QString similarityText(const PossibleDuplicate& pair)
{
    QStringList parts;
    if (pair.titleSimilarity > 0)
        parts << Tr::tr("titles %1").arg(similarityPercent(pair.titleSimilarity));
    if (pair.objectivesSimilarity > 0)
        parts << Tr::tr("objectives %1").arg(similarityPercent(pair.objectivesSimilarity));
    return parts.join(QStringLiteral(", "));
}

QString statusCountsLabel(const QMap<ActionStatus, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(enumLabel(it.key()));
    return parts.join(QStringLiteral(", "));
}

QString gapKindCode(CoverageGapKind kind)
{
    return kind == CoverageGapKind::NoGroup ? QStringLiteral("aucun_groupe") : QStringLiteral("aucune_action_en_cours");
}

} // namespace pacte
