package org.ogireview.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/** Arithmetic and printing of the numbers the rules compare. */
final class Num {

    static final MathContext CONTEXT = MathContext.DECIMAL64;

    private Num() {
    }

    static String show(BigDecimal n) {
        if (n == null) {
            return "—";
        }
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** Signed, for changes: +447, -3, 0. */
    static String signed(BigDecimal n) {
        return n.signum() > 0 ? "+" + show(n) : show(n);
    }

    static BigDecimal sum(Collection<Reading> readings) {
        BigDecimal s = BigDecimal.ZERO;
        for (Reading r : readings) {
            if (r.present()) {
                s = s.add(r.value());
            }
        }
        return s;
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    /** 100 * part / whole, to more digits than any report prints. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, CONTEXT);
    }

    /**
     * True when a stated percentage is the computed one rounded (half up) or truncated to as many decimals as the
     * report prints: 20/27 = 74.074 reads 74.07, and 2/27 = 7.407 may read 7.4 either way; 2/3 = 66.667 may read
     * 66.67 or 66.66.
     */
    static boolean matchesStated(BigDecimal stated, BigDecimal computed) {
        int decimals = Math.max(0, stated.scale());
        return same(computed.setScale(decimals, RoundingMode.HALF_UP), stated)
                || same(computed.setScale(decimals, RoundingMode.DOWN), stated);
    }

    static boolean whole(BigDecimal n) {
        return n.stripTrailingZeros().scale() <= 0;
    }
}
