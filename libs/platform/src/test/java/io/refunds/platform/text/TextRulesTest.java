package io.refunds.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.events.Money;
import io.refunds.platform.api.CurrencyCode;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Safe text, strict percent-decoding, money and moments as people read them, and which currencies are tender. */
class TextRulesTest {

    @Test
    void safeTextRefusesNulAndUnpairedSurrogatesOnly() {
        assertTrue(SafeText.isSafe("plain, 中文, emoji 😀, tab\t"));
        assertTrue(SafeText.isSafe(null));
        assertFalse(SafeText.isSafe("a\u0000b"));
        assertFalse(SafeText.isSafe("\ud800"));
        assertFalse(SafeText.isSafe("x\udc00y"));
        assertFalse(SafeText.isSafe("\ud83d"));
    }

    @Test
    void percentDecodingRefusesBadEscapesAndInvalidUtf8() {
        assertEquals(Optional.of("a b/ü"), PercentDecoding.decode("a%20b%2F%C3%BC", false));
        assertEquals(Optional.of("a b"), PercentDecoding.decode("a+b", true));
        assertEquals(Optional.of("a+b"), PercentDecoding.decode("a+b", false));
        assertEquals(Optional.of("\u0000"), PercentDecoding.decode("%00", false));
        assertEquals(Optional.empty(), PercentDecoding.decode("%ED%A0%80", false));
        assertEquals(Optional.empty(), PercentDecoding.decode("%C3", false));
        assertEquals(Optional.empty(), PercentDecoding.decode("%zz", false));
        assertEquals(Optional.empty(), PercentDecoding.decode("%4", false));
    }

    @Test
    void moneyIsWrittenWithItsCurrencysExponent() {
        assertEquals("7.00 USD", MoneyText.format(Money.of(700, "USD")));
        assertEquals("1300 JPY", MoneyText.format(Money.of(1300, "JPY")));
        assertEquals("1.500 KWD", MoneyText.format(Money.of(1500, "KWD")));
        assertEquals("0.05 EUR", MoneyText.format(Money.of(5, "EUR")));
    }

    @Test
    void momentsAreWrittenToTheMinuteWithTheZone() {
        assertEquals("4 Dec 2026, 14:05 UTC", Moments.format(Instant.parse("2026-12-04T14:05:59.123456Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX", "XTS", "XAU", "XAG", "XDR", "XSU", "XUA", "XBA", "CHE", "USN", "DEM", "FRF", "ZZZ"})
    void codesThatAreNoMoneyBuyersPayInAreRefused(String code) {
        assertFalse(CurrencyCode.Validator.isTender(code), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "EUR", "CNY", "JPY", "GBP", "KWD", "XAF", "XOF", "XCD", "XPF", "CHF", "MXN"})
    void tenderCurrenciesAreAccepted(String code) {
        assertTrue(CurrencyCode.Validator.isTender(code), code);
    }
}
