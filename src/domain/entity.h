#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>

#include <QHashFunctions>
#include <QString>

namespace pacte {

// The kinds of records that change notifications, findings, navigation and the change log name.
// Each has a stable code, its table's name ("working_group"), written in the change log and files;
// storage's RecordTraits<T>::kind ties each aggregate to its value.
enum class Entity : std::uint8_t {
    Territory,
    Edition,
    Axis,
    Theme,
    TargetPublic,
    Dispositif,
    Partner,
    Person,
    WorkingGroup,
    Action,
    Indicator,
    Measurement,
    Meeting,
    Evaluation,
    GroupEvaluation,
    LocalPact,
};

inline size_t qHash(Entity entity, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<unsigned>(entity), seed);
}

QString entityCode(Entity entity);
std::optional<Entity> entityFromCode(QStringView code);

// A set of entities (what a section shows, what a change touched), as a bit mask.
class EntitySet final
{
public:
    constexpr EntitySet() = default;
    constexpr EntitySet(std::initializer_list<Entity> entities)
    {
        for (const Entity entity : entities)
            m_bits |= bit(entity);
    }

    constexpr bool contains(Entity entity) const { return (m_bits & bit(entity)) != 0; }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr EntitySet& operator|=(EntitySet other)
    {
        m_bits |= other.m_bits;
        return *this;
    }
    constexpr bool operator==(const EntitySet&) const = default;

private:
    static constexpr std::uint32_t bit(Entity entity) { return std::uint32_t{1} << static_cast<unsigned>(entity); }
    std::uint32_t m_bits = 0;
};

} // namespace pacte
