package org.civicthemes.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Reads option values with messages an analyst understands ("'x' is not a whole number"), instead of Java's class
 * names and parser exceptions.
 */
final class OptionValues {

    private OptionValues() {
    }

    static void registerOn(CommandLine cl) {
        cl.registerConverter(LocalDate.class, OptionValues::date);
        cl.registerConverter(Long.class, OptionValues::wholeNumber);
        cl.registerConverter(Long.TYPE, OptionValues::wholeNumber);
        cl.registerConverter(Integer.class, OptionValues::integer);
        cl.registerConverter(Integer.TYPE, OptionValues::integer);
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: write it as YYYY-MM-DD, "
                    + "for example 2024-03-01");
        }
    }

    static Long wholeNumber(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number");
        }
    }

    static Integer integer(String value) {
        long n = wholeNumber(value);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too large");
        }
        return (int) n;
    }
}
