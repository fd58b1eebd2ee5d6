// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Tanhui developers
#pragma once

#include <compare>

namespace tanhui::core {

/// A double tagged with its unit, so that hectares cannot be added to tonnes of carbon.
/// Arithmetic within one unit and scaling by plain numbers are allowed; conversions between
/// units are the named functions below, each stating its factor once.
template <typename Tag>
class Quantity
{
public:
    constexpr Quantity() = default;
    constexpr explicit Quantity(double value)
        : m_value(value)
    {}
    constexpr double value() const { return m_value; }

    constexpr Quantity operator+(Quantity o) const { return Quantity(m_value + o.m_value); }
    constexpr Quantity operator-(Quantity o) const { return Quantity(m_value - o.m_value); }
    constexpr Quantity operator-() const { return Quantity(-m_value); }
    constexpr Quantity operator*(double k) const { return Quantity(m_value * k); }
    constexpr Quantity operator/(double k) const { return Quantity(m_value / k); }
    constexpr double operator/(Quantity o) const { return m_value / o.m_value; }
    constexpr Quantity& operator+=(Quantity o)
    {
        m_value += o.m_value;
        return *this;
    }
    constexpr auto operator<=>(const Quantity&) const = default;

private:
    double m_value = 0.0;
};

using Hectares = Quantity<struct HectaresTag>;         ///< area, ha
using SquareMetres = Quantity<struct SquareMetresTag>; ///< area, m²
using Mu = Quantity<struct MuTag>;                     ///< area, 市亩 (1/15 ha)
using TonnesDryMatter = Quantity<struct TonnesDmTag>;  ///< biomass, t d.m.
using TonnesCarbon = Quantity<struct TonnesCTag>;      ///< carbon, t C
using TonnesCO2e = Quantity<struct TonnesCO2eTag>;     ///< carbon dioxide equivalent, t CO2e

/// Molar-mass ratio of CO2 to C (44/12), AR-TOOL14 Eq. 12. The only place it is written.
inline constexpr double kCO2PerCarbon = 44.0 / 12.0;
/// 1 ha = 15 市亩 exactly (1 亩 = 10000/15 m²).
inline constexpr double kMuPerHectare = 15.0;

constexpr TonnesCO2e toCO2e(TonnesCarbon c)
{
    return TonnesCO2e(c.value() * kCO2PerCarbon);
}
constexpr TonnesCarbon toCarbon(TonnesCO2e co2e)
{
    return TonnesCarbon(co2e.value() / kCO2PerCarbon);
}
/// Carbon in biomass: C = CF · B, with CF in t C / t d.m.
constexpr TonnesCarbon carbonInBiomass(TonnesDryMatter biomass, double carbonFraction)
{
    return TonnesCarbon(biomass.value() * carbonFraction);
}
constexpr Mu toMu(Hectares a)
{
    return Mu(a.value() * kMuPerHectare);
}
constexpr Hectares toHectares(SquareMetres a)
{
    return Hectares(a.value() / 10000.0);
}

} // namespace tanhui::core
