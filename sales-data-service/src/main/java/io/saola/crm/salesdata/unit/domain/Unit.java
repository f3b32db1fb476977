package io.saola.crm.salesdata.unit.domain;

import java.math.BigDecimal;

/**
 * One unit of a group: its code (kg, g, tấn), display name and how many base units one of it makes
 * ({@code factor}: g = 0.001 when kg is the base, tấn = 1000).
 */
public record Unit(String code, String name, BigDecimal factor) {
}
