package io.refunds.platform.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A currency a buyer can pay in: a code the ISO-4217 list assigns (three capital letters is not enough: ZZZ is no
 * currency) that is legal tender, not one of the list's units that are no money (XXX, XTS, metals, fund codes).
 */
@Documented
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrencyCode {

    String message() default "must be the ISO-4217 code of a currency people pay in, e.g. USD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * ISO-4217 codes that are no money a buyer pays in: no currency (XXX), testing (XTS), precious metals, bond
     * market units, the IMF's SDR, the Sucre, the ADB unit of account, the gold and UIC francs, and the funds codes
     * that sit beside a currency (BOV, CHE, CHW, CLF, COU, MXV, USN, USS, UYI, UYW).
     */
    Set<String> NOT_TENDER = Set.of("XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XBA", "XBB", "XBC", "XBD", "XDR",
            "XSU", "XUA", "XFO", "XFU", "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "USS", "UYI", "UYW");

    /** Withdrawn codes the JDK's table still lists (replaced by the euro or by a redenominated currency). */
    Set<String> WITHDRAWN = Set.of("ADP", "AFA", "ATS", "AYM", "AZM", "BEF", "BGL", "BYB", "BYR", "CSD", "CYP", "DEM",
            "EEK", "ESP", "FIM", "FRF", "GHC", "GRD", "GWP", "HRK", "IEP", "ITL", "LTL", "LUF", "LVL", "MGF", "MRO",
            "MTL", "MZM", "NLG", "PTE", "ROL", "RUR", "SDD", "SIT", "SKK", "SRG", "STD", "TMM", "TPE", "TRL", "VEB",
            "VEF", "YUM", "ZMK", "ZWD", "ZWN", "ZWR");

    /** Accepts null (pair with {@code @NotNull}) and every tender code the JDK's ISO-4217 table knows. */
    class Validator implements ConstraintValidator<CurrencyCode, String> {

        private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode).filter(code -> !NOT_TENDER.contains(code) && !WITHDRAWN.contains(code))
                .collect(Collectors.toUnmodifiableSet());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CODES.contains(value);
        }

        /** Whether {@code code} is a currency a buyer can pay in. */
        public static boolean isTender(String code) {
            return CODES.contains(code);
        }
    }
}
