/* Rejection reasons in Dutch (reason_nl.c): every form compiles, values and
 * field names pass through, and an unknown form stays as written. The
 * import-rejects transcript checks the reasons real imports give. */
#include <string.h>

#include "reason_nl.h"
#include "suites.h"

START_TEST(every_form_compiles)
{
    struct reason_nl *t = reason_nl_new();
    size_t compiled, forms = reason_nl_forms(t, &compiled);
    ck_assert_uint_gt(forms, 30);
    ck_assert_uint_eq(compiled, forms);
    reason_nl_free(t);
}
END_TEST

START_TEST(values_and_names_pass_through)
{
    struct reason_nl *t = reason_nl_new();
    ck_assert_str_eq(reason_nl(t, "outcome: 'hungup' is not one of answered | abandoned | voicemail | callback"),
                     "outcome: 'hungup' is niet een van answered | abandoned | voicemail | callback");
    ck_assert_str_eq(reason_nl(t, "start: empty (a time as '%d-%m-%Y %H:%M' is required)"),
                     "start: leeg (een tijd als '%d-%m-%Y %H:%M' is verplicht)");
    ck_assert_str_eq(reason_nl(t, "aware: 95 is more than the 80 respondents"),
                     "aware: 95 is meer dan de 80 respondenten");
    ck_assert_str_eq(reason_nl(t, "accounts: -250 is outside 0..10000000"),
                     "accounts: -250 ligt buiten 0..10000000");
    ck_assert_str_eq(reason_nl(t, "minutes: not a whole number (written as a duration? a format reads it: give the "
                                  "field duration: H:MM, MM:SS or HH:MM:SS)"),
                     "minutes: geen geheel getal (geschreven als duur? een formaat leest het: geef het veld "
                     "duration: H:MM, MM:SS of HH:MM:SS)");
    ck_assert_str_eq(reason_nl(t, "aware: not a whole number (written with a decimal mark? a format reads it: give "
                                  "the field decimal: comma, or decimal: point)"),
                     "aware: geen geheel getal (geschreven met een decimaalteken? een formaat leest het: geef het "
                     "veld decimal: comma, of decimal: point)");
    ck_assert_str_eq(reason_nl(t, "accounts: 1250.5 is not a whole number (a count); check the column, and the "
                                  "scale or decimal the format gives the field"),
                     "accounts: 1250.5 is geen geheel getal (een aantal); kijk de kolom na, en de scale of decimal "
                     "die het formaat het veld geeft");
    ck_assert_str_eq(reason_nl(t, "accounts: not a whole number (a count); check the column, and the scale or "
                                  "decimal the format gives the field"),
                     "accounts: geen geheel getal (een aantal); kijk de kolom na, en de scale of decimal die het "
                     "formaat het veld geeft");
    ck_assert_str_eq(reason_nl(t, "respondents: not a whole number (a count), and below 0; check the column, and "
                                  "the scale or decimal the format gives the field"),
                     "respondents: geen geheel getal (een aantal), en onder 0; kijk de kolom na, en de scale of "
                     "decimal die het formaat het veld geeft");
    ck_assert_str_eq(reason_nl(t, "accounts: not a whole number (a count) after minus_column; check both columns, "
                                  "and the scale or decimal the format gives the field"),
                     "accounts: geen geheel getal (een aantal) na minus_column; kijk beide kolommen na, en de scale "
                     "of decimal die het formaat het veld geeft");
    ck_assert_str_eq(reason_nl(t, "accounts: not a whole number (a count), and below 0 after minus_column; check "
                                  "both columns, and the scale or decimal the format gives the field"),
                     "accounts: geen geheel getal (een aantal), en onder 0 na minus_column; kijk beide kolommen na, "
                     "en de scale of decimal die het formaat het veld geeft");
    ck_assert_str_eq(reason_nl(t, "3 fields, the header has 4"), "3 velden, de kopregel heeft er 4");
    ck_assert_str_eq(reason_nl(t, "start: before 2000 (no log of these holds one: a date of birth in this column?)"),
                     "start: voor 2000 (geen log van deze soort heeft er een: een geboortedatum in deze kolom?)");
    ck_assert_str_eq(reason_nl(t, "answered: 1 January 1900, what a spreadsheet writes for an empty date cell: the "
                                  "value is missing"),
                     "answered: 1 januari 1900, wat een spreadsheet schrijft voor een lege datumcel: de waarde "
                     "ontbreekt");
    ck_assert_str_eq(reason_nl(t, "1 field, the header has 4"), "1 veld, de kopregel heeft er 4");
    ck_assert_str_eq(reason_nl(t, "wait_s: column 11 (minus_column) is not a number (decimal: comma reads 1.234,5: "
                                  "points only between groups of three digits)"),
                     "wait_s: kolom 11 (minus_column) is geen getal (decimal: comma leest 1.234,5: punten alleen "
                     "tussen groepen van drie cijfers)");
    ck_assert_str_eq(reason_nl(t, "a value in column 6, which has no name in the header"),
                     "een waarde in kolom 6, die in de kopregel geen naam heeft");
    ck_assert_str_eq(reason_nl(t, "talk_s: '3:12' is not a duration HH:MM:SS"), "talk_s: '3:12' is geen duur HH:MM:SS");
    ck_assert_str_eq(reason_nl(t, "minutes: not a duration H:MM"), "minutes: geen duur H:MM");
    ck_assert_str_eq(reason_nl(t, "minutes: column 4 (minus_column) is not a duration H:MM"),
                     "minutes: kolom 4 (minus_column) is geen duur H:MM");
    ck_assert_str_eq(reason_nl(t, "wait_s: column 2: '08:00' does not fit time_format '%Y/%m/%d %H:%M:%S'"),
                     "wait_s: kolom 2: '08:00' past niet bij time_format '%Y/%m/%d %H:%M:%S'");
    ck_assert_str_eq(reason_nl(t, "minutes: column 5 does not fit time_format '%H:%M'"),
                     "minutes: kolom 5 past niet bij time_format '%H:%M'");
    ck_assert_str_eq(reason_nl(t, "talk_s: column 5: a year outside 1900..2200"),
                     "talk_s: kolom 5: een jaar buiten 1900..2200");
    /* A long value grows the buffer. */
    char reason[600], want[600];
    memset(reason, 0, sizeof reason);
    strcpy(reason, "date: '");
    memset(reason + 7, 'x', 400);
    strcpy(want, reason);
    strcat(reason, "' is not a date YYYY-MM-DD");
    strcat(want, "' is geen datum JJJJ-MM-DD");
    ck_assert_str_eq(reason_nl(t, reason), want);
    reason_nl_free(t);
}
END_TEST

START_TEST(reasons_without_values)
{
    /* The forms that name no value from the row (interface.md 7.1). */
    struct reason_nl *t = reason_nl_new();
    ck_assert_str_eq(reason_nl(t, "aware: more than respondents"), "aware: meer dan respondenten");
    ck_assert_str_eq(reason_nl(t, "id: a number a spreadsheet rounded (written in E+ notation, as 2,02603E+11): "
                                  "rows of other records share it; export the file again from the system, or open "
                                  "it with the column as text"),
                     "id: een getal dat een spreadsheet heeft afgerond (geschreven met E+, zoals 2,02603E+11): "
                     "regels van "
                     "andere records delen het; exporteer het bestand opnieuw uit het systeem, of open het met de "
                     "kolom als tekst");
    ck_assert_str_eq(reason_nl(t, "patient: a number a spreadsheet rounded (written in E+ notation, as "
                                  "2,02603E+11): other patients' rows share it; export the file again from the "
                                  "system, or open it with the column as text"),
                     "patient: een getal dat een spreadsheet heeft afgerond (geschreven met E+, zoals 2,02603E+11): "
                     "regels van andere patiënten delen het; exporteer het bestand opnieuw uit het systeem, of open "
                     "het met de kolom als tekst");
    ck_assert_str_eq(reason_nl(t, "a NUL byte in the line (is the file UTF-16 text, or not text at all?)"),
                     "een NUL-byte in de regel (is het bestand UTF-16-tekst, of helemaal geen tekst?)");
    ck_assert_str_eq(reason_nl(t, "channel: map rule 1: the pattern is too costly for this line (it backtracks "
                                  "past 1000000 steps); simplify the pattern"),
                     "channel: map-regel 1: het patroon is te duur voor deze regel (meer dan 1000000 stappen terug); "
                     "vereenvoudig het patroon");
    ck_assert_str_eq(reason_nl(t, "the format's regex: the format's patterns are too costly: this import has used "
                                  "up its 60 s for pattern matching ($EHTRACK_REGEX_TIMEOUT)"),
                     "de regex van het formaat: de patronen van het formaat zijn te duur: deze import heeft zijn "
                     "60 s voor patronen opgebruikt ($EHTRACK_REGEX_TIMEOUT)");
    ck_assert_str_eq(reason_nl(t, "skip rule 2: the pattern is too costly for this line (it backtracks past "
                                  "1000000 steps); simplify the pattern"),
                     "overslaanregel 2: het patroon is te duur voor deze regel (meer dan 1000000 stappen terug); "
                     "vereenvoudig het patroon");
    reason_nl_free(t);
}
END_TEST

START_TEST(an_unknown_form_stays_as_written)
{
    struct reason_nl *t = reason_nl_new();
    const char *odd = "something nobody wrote yet";
    ck_assert_ptr_eq(reason_nl(t, odd), odd);
    ck_assert_ptr_null(reason_nl(t, NULL));
    reason_nl_free(t);
}
END_TEST

static Suite *reason_suite(void)
{
    Suite *s = suite_create("reason");
    TCase *tc = tcase_create("dutch");
    tcase_add_test(tc, every_form_compiles);
    tcase_add_test(tc, values_and_names_pass_through);
    tcase_add_test(tc, reasons_without_values);
    tcase_add_test(tc, an_unknown_form_stays_as_written);
    suite_add_tcase(s, tc);
    return s;
}

REGISTER_SUITE(reason_suite)
