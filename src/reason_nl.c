#include "reason_nl.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The hints log_format.c adds to a number it cannot read (number_hint),
 * after the field's own column and after a minus_column alike. */
#define HINT_GROUPS_EN "points or commas grouping thousands\\? give the field decimal: comma, or decimal: point"
#define HINT_GROUPS_NL "punten of komma's tussen de duizendtallen? geef het veld decimal: comma, of decimal: point"
#define HINT_COMMA_EN "decimal: comma reads 1\\.234,5: points only between groups of three digits"
#define HINT_COMMA_NL "decimal: comma leest 1.234,5: punten alleen tussen groepen van drie cijfers"
#define HINT_POINT_EN "decimal: point reads 1,234\\.5: commas only between groups of three digits"
#define HINT_POINT_NL "decimal: point leest 1,234.5: komma's alleen tussen groepen van drie cijfers"

/* Every form of reason that log_kinds.c, log_format.c, csv_reader.c and
 * import_run.c write, as a pattern over the whole reason and its Dutch
 * replacement ($1... are the pattern's groups). A form added there without
 * a line here shows in English, not wrongly. */
static const struct {
    const char *pattern, *dutch;
} FORMS[] = {
    {"^(\\w+): '(.*)' is not one of (.*)$", "$1: '$2' is niet een van $3"},
    {"^(\\w+): not one of (.*)$", "$1: niet een van $2"},
    {"^(\\w+): empty \\(one of (.*)\\)$", "$1: leeg (een van $2)"},
    {"^(\\w+): '(.*)' is not a time YYYY-MM-DD HH:MM\\[:SS\\]$", "$1: '$2' is geen tijd JJJJ-MM-DD UU:MM[:SS]"},
    {"^(\\w+): not a time YYYY-MM-DD HH:MM\\[:SS\\]$", "$1: geen tijd JJJJ-MM-DD UU:MM[:SS]"},
    {"^(\\w+): empty \\(a time YYYY-MM-DD HH:MM is required\\)$", "$1: leeg (een tijd JJJJ-MM-DD UU:MM is verplicht)"},
    {"^(\\w+): empty \\(a time as '([^']*)' is required\\)$", "$1: leeg (een tijd als '$2' is verplicht)"},
    {"^(\\w+): '(.*)' is not a date YYYY-MM-DD$", "$1: '$2' is geen datum JJJJ-MM-DD"},
    {"^(\\w+): not a date YYYY-MM-DD$", "$1: geen datum JJJJ-MM-DD"},
    {"^(\\w+): a year outside (\\d+)\\.\\.(\\d+)$", "$1: een jaar buiten $2..$3"},
    {"^(\\w+): before (\\d+) \\(no log of these holds one: a date of birth in this column\\?\\)$",
     "$1: voor $2 (geen log van deze soort heeft er een: een geboortedatum in deze kolom?)"},
    {"^(\\w+): 1 January 1900, what a spreadsheet writes for an empty date cell: the value is missing$",
     "$1: 1 januari 1900, wat een spreadsheet schrijft voor een lege datumcel: de waarde ontbreekt"},
    {"^(\\w+): no day of the calendar: that month has (\\d+) days$", "$1: geen dag van de kalender: die maand heeft $2 dagen"},
    {"^(\\w+): empty \\(a date YYYY-MM-DD is required\\)$", "$1: leeg (een datum JJJJ-MM-DD is verplicht)"},
    {"^(\\w+): '(.*)' is not a whole number$", "$1: '$2' is geen geheel getal"},
    {"^(\\w+): not a whole number$", "$1: geen geheel getal"},
    {"^(\\w+): not a whole number \\(written as a duration\\? a format reads it: give the field duration: H:MM, "
     "MM:SS or HH:MM:SS\\)$",
     "$1: geen geheel getal (geschreven als duur? een formaat leest het: geef het veld duration: H:MM, MM:SS of "
     "HH:MM:SS)"},
    {"^(\\w+): not a whole number \\(written with a decimal mark\\? a format reads it: give the field decimal: "
     "comma, or decimal: point\\)$",
     "$1: geen geheel getal (geschreven met een decimaalteken? een formaat leest het: geef het veld decimal: comma, "
     "of decimal: point)"},
    /* Reasons stored before a count's reason left out its value still read
     * in Dutch. */
    {"^(\\w+): (.*) is not a whole number \\(a count\\); check the column, and the scale or decimal the format "
     "gives the field$",
     "$1: $2 is geen geheel getal (een aantal); kijk de kolom na, en de scale of decimal die het formaat het veld "
     "geeft"},
    {"^(\\w+): not a whole number \\(a count\\); check the column, and the scale or decimal the format gives the "
     "field$",
     "$1: geen geheel getal (een aantal); kijk de kolom na, en de scale of decimal die het formaat het veld geeft"},
    {"^(\\w+): not a whole number \\(a count\\), and below 0; check the column, and the scale or decimal the "
     "format gives the field$",
     "$1: geen geheel getal (een aantal), en onder 0; kijk de kolom na, en de scale of decimal die het formaat het "
     "veld geeft"},
    {"^(\\w+): not a whole number \\(a count\\) after minus_column; check both columns, and the scale or "
     "decimal the format gives the field$",
     "$1: geen geheel getal (een aantal) na minus_column; kijk beide kolommen na, en de scale of decimal die het "
     "formaat het veld geeft"},
    {"^(\\w+): not a whole number \\(a count\\), and below 0 after minus_column; check both columns, and the "
     "scale or decimal the format gives the field$",
     "$1: geen geheel getal (een aantal), en onder 0 na minus_column; kijk beide kolommen na, en de scale of "
     "decimal die het formaat het veld geeft"},
    {"^(\\w+): empty \\(a whole number is required\\)$", "$1: leeg (een geheel getal is verplicht)"},
    {"^(\\w+): (-?\\d+) is outside (-?\\d+)\\.\\.(-?\\d+)$", "$1: $2 ligt buiten $3..$4"},
    {"^(\\w+): outside (-?\\d+)\\.\\.(-?\\d+)$", "$1: buiten $2..$3"},
    {"^(\\w+): '(.*)' is not a number$", "$1: '$2' is geen getal"},
    {"^(\\w+): not a number$", "$1: geen getal"},
    {"^(\\w+): not a number \\(" HINT_GROUPS_EN "\\)$", "$1: geen getal (" HINT_GROUPS_NL ")"},
    {"^(\\w+): not a number \\(" HINT_COMMA_EN "\\)$", "$1: geen getal (" HINT_COMMA_NL ")"},
    {"^(\\w+): not a number \\(" HINT_POINT_EN "\\)$", "$1: geen getal (" HINT_POINT_NL ")"},
    {"^(\\w+): the number is out of range$", "$1: het getal is te groot of te klein"},
    {"^(\\w+): column (\\d+) \\(minus_column\\) is not a number$", "$1: kolom $2 (minus_column) is geen getal"},
    {"^(\\w+): column (\\d+) \\(minus_column\\) is not a number \\(" HINT_GROUPS_EN "\\)$",
     "$1: kolom $2 (minus_column) is geen getal (" HINT_GROUPS_NL ")"},
    {"^(\\w+): column (\\d+) \\(minus_column\\) is not a number \\(" HINT_COMMA_EN "\\)$",
     "$1: kolom $2 (minus_column) is geen getal (" HINT_COMMA_NL ")"},
    {"^(\\w+): column (\\d+) \\(minus_column\\) is not a number \\(" HINT_POINT_EN "\\)$",
     "$1: kolom $2 (minus_column) is geen getal (" HINT_POINT_NL ")"},
    {"^(\\w+): column (\\d+) \\(minus_column\\) is not a number \\((.*)\\)$",
     "$1: kolom $2 (minus_column) is geen getal ($3)"},
    {"^(\\w+): column (\\d+) \\(minus_column\\) is not a duration (.*)$", "$1: kolom $2 (minus_column) is geen duur $3"},
    {"^(\\w+): '(.*)' is not a duration (.*)$", "$1: '$2' is geen duur $3"},
    {"^(\\w+): not a duration (.*)$", "$1: geen duur $2"},
    {"^(\\w+): column (\\d+): '(.*)' does not fit time_format '(.*)'$", "$1: kolom $2: '$3' past niet bij time_format '$4'"},
    {"^(\\w+): column (\\d+) does not fit time_format '(.*)'$", "$1: kolom $2 past niet bij time_format '$3'"},
    {"^(\\w+): column (\\d+): a year outside (\\d+)\\.\\.(\\d+)$", "$1: kolom $2: een jaar buiten $3..$4"},
    {"^(\\w+): '(.*)' does not fit time_format '(.*)'$", "$1: '$2' past niet bij time_format '$3'"},
    {"^(\\w+): does not fit time_format '(.*)'$", "$1: past niet bij time_format '$2'"},
    {"^(\\w+): fits none of the (\\d+) time_formats \\((.*)\\)$", "$1: past bij geen van de $2 time_formats ($3)"},
    {"^(\\w+): the row has no column (\\d+) \\(it has (\\d+)\\)$", "$1: de regel heeft geen kolom $2 (wel $3)"},
    {"^(\\w+): longer than 64 characters$", "$1: langer dan 64 tekens"},
    {"^id: a number a spreadsheet rounded \\(written in E\\+ notation, as 2,02603E\\+11\\): rows of other records "
     "share it; export the file again from the system, or open it with the column as text$",
     "id: een getal dat een spreadsheet heeft afgerond (geschreven met E+, zoals 2,02603E+11): regels van andere records "
     "delen het; exporteer het bestand opnieuw uit het systeem, of open het met de kolom als tekst"},
    {"^patient: a number a spreadsheet rounded \\(written in E\\+ notation, as 2,02603E\\+11\\): other patients' "
     "rows share it; export the file again from the system, or open it with the column as text$",
     "patient: een getal dat een spreadsheet heeft afgerond (geschreven met E+, zoals 2,02603E+11): regels van "
     "andere patiënten delen het; exporteer het bestand opnieuw uit het systeem, of open het met de kolom als tekst"},
    {"^patient: empty$", "patient: leeg"},
    {"^practice: empty \\(give a practice column or --practice AGB\\)$",
     "practice: leeg (geef een kolom practice of --practice AGB)"},
    {"^practice: '(.*)' is not an AGB code of 8 digits$", "practice: '$1' is geen AGB-code van 8 cijfers"},
    {"^practice: not an AGB code of 8 digits$", "practice: geen AGB-code van 8 cijfers"},
    {"^practice: 7 digits, not an AGB code of 8 \\(a spreadsheet that opened the export dropped its leading 0\\? "
     "open it with the column as text, or export it again\\)$",
     "practice: 7 cijfers, geen AGB-code van 8 (liet een spreadsheet die de export opende de voorloopnul vallen? "
     "open de export met de kolom als tekst, of exporteer opnieuw)"},
    {"^practice: differs from --practice by its leading 0 \\(a spreadsheet that opened the export dropped it\\? "
     "open it with the column as text, or export it again\\)$",
     "practice: wijkt af van --practice door de voorloopnul (liet een spreadsheet die de export opende die "
     "vallen? open de export met de kolom als tekst, of exporteer opnieuw)"},
    {"^practice: (\\S+) is not in the register \\(run 'ehtrack plan sync' with it\\)$",
     "practice: $1 staat niet in het register (voer 'ehtrack plan sync' ermee uit)"},
    {"^practice: not in the register \\(run 'ehtrack plan sync' with it\\)$",
     "practice: staat niet in het register (voer 'ehtrack plan sync' ermee uit)"},
    {"^practice: differs from --practice$", "practice: wijkt af van --practice"},
    {"^answered: before received$", "answered: vroeger dan received"},
    {"^aware: (\\d+) is more than the (\\d+) respondents$", "aware: $1 is meer dan de $2 respondenten"},
    {"^(\\d+) fields, the header has (\\d+)$", "$1 velden, de kopregel heeft er $2"},
    {"^1 field, the header has (\\d+)$", "1 veld, de kopregel heeft er $1"},
    {"^separated by ';' where the format reads '(.*)': a spreadsheet with Dutch settings saved the file again; "
     "import the file as the system wrote it$",
     "gescheiden door ';' waar het formaat '$1' leest: een spreadsheet met Nederlandse instellingen heeft het bestand "
     "opnieuw opgeslagen; importeer het bestand zoals het systeem het schreef"},
    {"^(\\d+) fields?, where every row of this format has (\\d+) \\(the system's field list set otherwise\\?\\)$",
     "$1 velden, waar elke regel van dit formaat er $2 heeft (de lijst met velden in het systeem anders ingesteld?)"},
    {"^a value in column (\\d+), which has no name in the header$",
     "een waarde in kolom $1, die in de kopregel geen naam heeft"},
    {"^the line does not match the format's regex$", "de regel past niet bij de regex van het formaat"},
    {"^not valid UTF-8 text \\(is the file in another encoding\\?\\)$",
     "geen geldige UTF-8-tekst (heeft het bestand een andere codering?)"},
    {"^a quoted field is not closed before the end of the file$",
     "een veld tussen aanhalingstekens wordt niet gesloten voor het einde van het bestand"},
    {"^a quoted field is not closed on its line and runs into the next ones \\(a closing quote missing\\?\\); "
     "the lines after it are read on their own$",
     "een veld tussen aanhalingstekens wordt niet gesloten op zijn regel en loopt door in de volgende (ontbreekt een "
     "sluitend aanhalingsteken?); de regels erna worden elk apart gelezen"},
    {"^line longer than 1 MB$", "regel langer dan 1 MB"},
    {"^record longer than 1 MB \\(a missing closing quote\\?\\)$",
     "regel langer dan 1 MB (ontbreekt een sluitend aanhalingsteken?)"},
    {"^more than 256 fields$", "meer dan 256 velden"},
    {"^aware: more than respondents$", "aware: meer dan respondenten"},
    {"^no line end in the 64 MB after the line's start: the rest is not read \\(is it text\\?\\)$",
     "geen regeleinde in de 64 MB na het begin van de regel: de rest is niet gelezen (is het tekst?)"},
    {"^a NUL byte in the line \\(is the file UTF-16 text, or not text at all\\?\\)$",
     "een NUL-byte in de regel (is het bestand UTF-16-tekst, of helemaal geen tekst?)"},
    {"^(\\w+): map rule (\\d+): the pattern is too costly for this line \\(it backtracks past (\\d+) steps\\); "
     "simplify the pattern$",
     "$1: map-regel $2: het patroon is te duur voor deze regel (meer dan $3 stappen terug); vereenvoudig het patroon"},
    {"^skip rule (\\d+): the pattern is too costly for this line \\(it backtracks past (\\d+) steps\\); "
     "simplify the pattern$",
     "overslaanregel $1: het patroon is te duur voor deze regel (meer dan $2 stappen terug); "
     "vereenvoudig het patroon"},
    {"^skip rule (\\d+): the format's patterns are too costly: this import has used up its (\\S+) s for "
     "pattern matching \\(\\$EHTRACK_REGEX_TIMEOUT\\)$",
     "overslaanregel $1: de patronen van het formaat zijn te duur: deze import heeft zijn $2 s voor "
     "patronen opgebruikt ($$EHTRACK_REGEX_TIMEOUT)"},
    {"^the format's regex: the pattern is too costly for this line \\(it backtracks past (\\d+) steps\\); "
     "simplify the pattern$",
     "de regex van het formaat: het patroon is te duur voor deze regel (meer dan $1 stappen terug); "
     "vereenvoudig het patroon"},
    {"^(\\w+): map rule (\\d+): the format's patterns are too costly: this import has used up its (\\S+) s for "
     "pattern matching \\(\\$EHTRACK_REGEX_TIMEOUT\\)$",
     "$1: map-regel $2: de patronen van het formaat zijn te duur: deze import heeft zijn $3 s voor patronen "
     "opgebruikt ($$EHTRACK_REGEX_TIMEOUT)"},
    {"^the format's regex: the format's patterns are too costly: this import has used up its (\\S+) s for "
     "pattern matching \\(\\$EHTRACK_REGEX_TIMEOUT\\)$",
     "de regex van het formaat: de patronen van het formaat zijn te duur: deze import heeft zijn $1 s voor "
     "patronen opgebruikt ($$EHTRACK_REGEX_TIMEOUT)"},
};

#define NFORMS (sizeof FORMS / sizeof FORMS[0])

struct reason_nl {
    pcre2_code *re[NFORMS];
    pcre2_match_data *match;
    char *out;
    size_t cap;
};

struct reason_nl *reason_nl_new(void)
{
    struct reason_nl *t = xcalloc(1, sizeof *t);
    for (size_t i = 0; i < NFORMS; i++) {
        int code;
        PCRE2_SIZE offset;
        /* A pattern that does not compile is a defect of this table; the
         * test compiles every one, and a missing one only leaves English. */
        t->re[i] = pcre2_compile((PCRE2_SPTR)FORMS[i].pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &code, &offset,
                                 NULL);
    }
    t->match = pcre2_match_data_create(8, NULL);
    return t;
}

const char *reason_nl(struct reason_nl *t, const char *reason)
{
    if (!reason || !t->match) return reason;
    size_t len = strlen(reason);
    for (size_t i = 0; i < NFORMS; i++) {
        if (!t->re[i]) continue;
        for (;;) {
            PCRE2_SIZE outlen = t->cap;
            int rc = pcre2_substitute(t->re[i], (PCRE2_SPTR)reason, len, 0, PCRE2_SUBSTITUTE_OVERFLOW_LENGTH,
                                      t->match, NULL, (PCRE2_SPTR)FORMS[i].dutch, PCRE2_ZERO_TERMINATED,
                                      (PCRE2_UCHAR *)t->out, &outlen);
            if (rc == PCRE2_ERROR_NOMEMORY) {
                t->cap = outlen + 64;
                t->out = xrealloc(t->out, t->cap);
                continue;
            }
            if (rc == 1) return t->out;
            break;
        }
    }
    return reason;
}

void reason_nl_free(struct reason_nl *t)
{
    if (!t) return;
    for (size_t i = 0; i < NFORMS; i++) pcre2_code_free(t->re[i]);
    pcre2_match_data_free(t->match);
    free(t->out);
    free(t);
}

size_t reason_nl_forms(const struct reason_nl *t, size_t *compiled)
{
    *compiled = 0;
    for (size_t i = 0; i < NFORMS; i++) *compiled += t->re[i] != NULL;
    return NFORMS;
}
