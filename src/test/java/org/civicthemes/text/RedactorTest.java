package org.civicthemes.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private final Redactor all = Redactor.of(RedactionOptions.ALL);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call (555) 201-3344 today.                      | Call [phone] today.                      | PHONE
            call 555-201-3344                               | call [phone]                             | PHONE
            555.201.3344 is my cell                         | [phone] is my cell                       | PHONE
            Reach me on +1 555 201 3344, thanks             | Reach me on [phone], thanks              | PHONE
            CAN 909 W/JANE - TEL 415 555 0142, From         | CAN 909 W/JANE - TEL [phone], From       | PHONE
            Thanks , jdoe@example.com                       | Thanks , [email]                         | EMAIL
            write to jane.o'neil+311@city-mail.example.org  | write to jane.o'[email]                  | EMAIL
            Trash at 1234 Main St again                     | Trash at [number] Main St again          | STREET_NUMBER
            pothole in front of #40 Rhode Island Ave, Newport | pothole in front of #[number] Rhode Island Ave, Newport | STREET_NUMBER
            TRESPASSER, Priority: C, 476 FELL ST, SF        | TRESPASSER, Priority: C, [number] FELL ST, SF | STREET_NUMBER
            sleeping at 399 7TH AV tonight                  | sleeping at [number] 7TH AV tonight      | STREET_NUMBER
            leak near 15 wickham rd                         | leak near [number] wickham rd            | STREET_NUMBER
            dumped bags next to 438 Spruce again            | dumped bags next to [number] Spruce again | STREET_NUMBER
            parked in front of #12 Bellevue since Monday    | parked in front of #[number] Bellevue since Monday | STREET_NUMBER
            basura frente a 77 Olivo                        | basura frente a [number] Olivo           | STREET_NUMBER
            noise in front of 566 cedar drive at night      | noise in front of [number] cedar drive at night | STREET_NUMBER
            junk dumped at 8307 N 22nd. Blocking            | junk dumped at [number] N 22nd. Blocking | STREET_NUMBER
            rats by 6522 5TH                                | rats by [number] 5TH                     | STREET_NUMBER
            parks in front of 189 mill. no plates           | parks in front of [number] mill. no plates | STREET_NUMBER
            fireworks at 7231 magnolia. trash left          | fireworks at [number] magnolia. trash left | STREET_NUMBER
            tree removed in front of 56 Marchant. The hole  | tree removed in front of [number] Marchant. The hole | STREET_NUMBER
            leaking at 12 Monroe since Sunday               | leaking at [number] Monroe since Sunday  | STREET_NUMBER
            my store, Style Newport 306 Thames. There are   | my store, Style Newport [number] Thames. There are | STREET_NUMBER
            584 Valencia Reported with Solve SF.            | [number] Valencia Reported with Solve SF. | STREET_NUMBER
            Encampment 284 central at oak been here         | Encampment [number] central at oak been here | STREET_NUMBER
            sleeping in the doorway of 5986 spruce again    | sleeping in the doorway of [number] spruce again | STREET_NUMBER
            car with plate 7ABC123 parked                   | car with plate [plate] parked            | PLATE
            white van lic# ABC1234 blocking                 | white van lic# [plate] blocking          | PLATE
            license plate is CA 8XYZ999.                    | license plate is CA [plate].             | PLATE
            carro con placa 7ABC123 en la esquina           | carro con placa [plate] en la esquina    | PLATE
            Plate # LUVCAR on the corner                    | Plate # [plate] on the corner            | PLATE
            plate XBB 6469 been there 3 days                | plate [plate] been there 3 days          | PLATE
            license plate: jnd 5179, flat tires             | license plate: [plate], flat tires       | PLATE
            expired tags. tag # DLZ 3810 on the curb        | expired tags. tag # [plate] on the curb  | PLATE
            no se mueve. tag # 8mbc458!!                    | no se mueve. tag # [plate]!!             | PLATE
            cad 252481100                                   | cad [number]                             | LONG_NUMBER
            Account 0012345678 overdue                      | Account [number] overdue                 | LONG_NUMBER
            call 555-0134 after 6                           | call [phone] after 6                     | PHONE
            my cell 555.0188 thanks                         | my cell [phone] thanks                   | PHONE
            write to jdoe at gmail dot com please           | write to [email] please                  | EMAIL
            jdoe[at]yahoo.com                               | [email]                                  | EMAIL
            mail j.doe (at) aol (dot) net for photos        | mail [email] for photos                  | EMAIL
            a red Civic 2CKV548 on the lawn                 | a red Civic [plate] on the lawn          | PLATE
            grey Camry, XBB 6469, no tags                   | grey Camry, [plate], no tags             | PLATE
            follow up on ticket 24-00117 please             | follow up on ticket [number] please      | LONG_NUMBER
            case #4512-889 still open                       | case #[number] still open                | LONG_NUMBER
            see SR-2024-00123                               | see SR-[number]                          | LONG_NUMBER
            my social is 912-34-5678                        | my social is [ssn]                       | SSN
            ssn 912 34 5678                                 | ssn [ssn]                                | SSN
            paid with 4111 1111 1111 1111 twice            | paid with [card] twice                   | CARD
            card 5500-0000-0000-0004 declined               | card [card] declined                     | CARD
            amex 3782 822463 10005                          | amex [card]                              | CARD
            card 4111111111111111                           | card [card]                              | CARD
            heat off in Apt 5 since Friday                  | heat off in Apt [unit] since Friday      | UNIT
            leak into unit #12B                             | leak into unit #[unit]                   | UNIT
            neighbor in apt. C4 is loud                     | neighbor in apt. [unit] is loud          | UNIT
            my DOB is 03/14/1958                            | my DOB is [date of birth]                | BIRTH_DATE
            born on March 3, 1950 and need help             | born on [date of birth] and need help    | BIRTH_DATE
            date of birth: 1962-07-04                       | date of birth: [date of birth]           | BIRTH_DATE
            my name is Maria Lopez and the light is out     | my name is [name] and the light is out   | NAME
            Hello my name is john, trash again              | Hello my name is [name], trash again     | NAME
            Hi this is Tom Becker calling about the tree    | Hi this is [name] calling about the tree | NAME
            Please fix it. Thank you, Janet O'Neil          | Please fix it. Thank you, [name]         | NAME
            pothole is back. Regards, Linda Park.           | pothole is back. Regards, [name].        | NAME
            Mrs. Chen fell on the sidewalk                  | Mrs. [name] fell on the sidewalk         | NAME
            ask for Dr Patel at the clinic                  | ask for Dr [name] at the clinic          | NAME
            Name: Tom Becker, streetlight out               | Name: [name], streetlight out            | NAME
            light is out. Signed, Luis Castillo             | light is out. Signed, [name]             | NAME
            ask for Officer Jensen at the desk              | ask for Officer [name] at the desk       | NAME
            mold at Spruce St #4B again                     | mold at Spruce St #[unit] again          | UNIT
            Ford F-150 8XYZ123 blocking                     | Ford F-150 [plate] blocking              | PLATE
            Tesla Model 3 9TES123 in the red zone           | Tesla Model 3 [plate] in the red zone    | PLATE
            I am 82, born 1942, need help                   | I am 82, born [date of birth], need help | BIRTH_DATE
            great work!  Sincerely,  Maria Lopez  Newport Resident | great work!  Sincerely,  [name]  Newport Resident | NAME
            """)
    void redactsEachKindAndKeepsTheRest(String input, String expected, PiiKind kind) {
        Redacted r = all.redact(input);
        assertEquals(expected, r.text());
        assertEquals(1, r.counts().count(kind), () -> r.counts().toString());
        assertEquals(1, r.counts().total(), () -> r.counts().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Inspected on 2024-03-05 at 10:30, still broken
            3 cars parked on the sidewalk for 2 weeks
            Utility pole #3 on Perry street out
            the plate is broken and the license expired
            PLATE IS MISSING FROM THE SIGN
            4:00 in the @#$% morning, the jackhammering started
            called 3 times, way too many
            It is 40 Steps from the cliff walk, 2 hour RV parking ban
            Newport, RI 02840, USA
            pickup missed, crew came at 5 PM and left
            the meeting is by 3 March, bring 2 Forms
            barking behind 2 houses down the road
            came 2 times, on the 3rd and the 21st
            the crew came at 1200 hours and parked at 300 feet
            near 1500 residents signed, by 2030 people said
            a police code added by 311 which means trespassing
            in 2017 Newport paved it, and since 1999 Harrison was gone
            open at 9 Mon and at 10 Sunday, closed by 2 Sept
            please call 311 Please, over 300 Residents signed
            tags expired in 2022, graffiti tag on 3 walls
            tents under the 101 freeway, the 500 block of Main St, a list of 120 complaints
            reported with the 311 app, I called 911 Dispatch
            Costs 12.50 dollars, about 37.77762504 degrees
            Pothole on Highway 101 North near the exit
            Potholes on Route 130 eastbound, at least 7
            Route 138 and Route 114 merge is dangerous at 5 pm
            Encampment of 4 tents on Highway 101 frontage road
            tents under the 280 overpass since they removed 200 trees
            debris on I-95 at exit 12, Station 12 and Engine 7 came
            inspected on 2024-03-05 and 03-05-2024, budget for 2019-2020
            the 1200-1300 block, 100-1000 feet of fence
            the AC unit is broken, units 3 and 4 are empty
            Thank you, City of Newport. Thanks again
            Thank you for fixing it so fast!
            Concerned Citizen
            The car is parked on Smith Dr. Please tow it
            Corner of dr Marcus Wheatland Blvd & Kingston Ave
            Mustang GT500 racing every night, RAV4 parked
            Business name: Joe's Pizza left trash out
            Pole #3 on Bellevue, lot #12 near the pier
            sign down on Dr. Martin Luther King Jr Blvd
            Mustang GT at 10am with 4 people
            we met at the park and walked home dot by dot
            my birthday party is on Saturday, 3 kids
            card 4111 1111 1111 1112 is not a valid number
            """)
    void leavesOrdinaryTextAlone(String input) {
        Redacted r = all.redact(input);
        assertEquals(input, r.text());
        assertEquals(RedactionCounts.NONE, r.counts());
    }

    @ParameterizedTest
    @EnumSource(PiiKind.class)
    void eachKindCanBeSwitchedOff(PiiKind off) {
        String text = "Call 555-201-3344 or jane@example.org about plate 7ABC123 at 1234 Main St, case 98765432, SSN "
                + "912-34-5678, card 4111 1111 1111 1111, apt 5C, DOB 03/04/1950. My name is Maria.";
        Redacted r = Redactor.of(RedactionOptions.ALL.without(off)).redact(text);
        assertEquals(0, r.counts().count(off));
        Map<PiiKind, String> original = Map.of(PiiKind.PHONE, "555-201-3344", PiiKind.EMAIL, "jane@example.org",
                PiiKind.PLATE, "7ABC123", PiiKind.STREET_NUMBER, "1234 Main", PiiKind.LONG_NUMBER, "98765432",
                PiiKind.SSN, "912-34-5678", PiiKind.CARD, "4111 1111 1111 1111", PiiKind.UNIT, "5C",
                PiiKind.BIRTH_DATE, "03/04/1950", PiiKind.NAME, "Maria");
        for (PiiKind kind : PiiKind.values()) {
            boolean kept = r.text().contains(original.get(kind));
            assertEquals(kind == off, kept, kind + " in " + r.text());
            if (kind != off) {
                assertEquals(1, r.counts().count(kind), kind + " in " + r.counts());
            }
        }
    }

    @Test
    void countsEveryOccurrenceAndAddsUpOverACorpus() {
        Redacted r = all.redact("555-201-3344, (555) 201-3345 and a@b.org; plate 7ABC123; ids 1234567 and 7654321");
        assertEquals("[phone], [phone] and [email]; plate [plate]; ids [number] and [number]", r.text());
        Map<PiiKind, Integer> expected = new EnumMap<>(PiiKind.class);
        expected.put(PiiKind.PHONE, 2);
        expected.put(PiiKind.EMAIL, 1);
        expected.put(PiiKind.PLATE, 1);
        expected.put(PiiKind.LONG_NUMBER, 2);
        assertEquals(RedactionCounts.of(expected), r.counts());

        List<String> corpus = List.of("call 555-201-3344", "no personal data", "1 Main St and 2 Main St", "x@y.com");
        RedactionCounts total = corpus.stream().map(all::redact).map(Redacted::counts).collect(RedactionCounts.summing());
        assertEquals(1, total.count(PiiKind.PHONE));
        assertEquals(2, total.count(PiiKind.STREET_NUMBER));
        assertEquals(1, total.count(PiiKind.EMAIL));
        assertEquals(4, total.total());
        assertEquals(total, all.redact(corpus.get(0)).counts().plus(all.redact(corpus.get(2)).counts()).plus(all.redact(corpus.get(3)).counts()));
    }

    @Test
    void findsASignatureOnItsOwnLine() {
        Redacted r = all.redact("Great work by the crew!\nSincerely, \nMaria Lopez \nNewport Resident");
        assertEquals("Great work by the crew!\nSincerely, \n[name] \nNewport Resident", r.text());
        assertEquals(1, r.counts().count(PiiKind.NAME));
    }

    @Test
    void keepsSpacingCaseAndAccentsAndReturnsTheSameTextWhenNothingIsFound() {
        String text = "  Árbol caído en la Calle Ñandú,\n\tcerca del 1234 Main St — ¡urgente!  ";
        assertEquals("  Árbol caído en la Calle Ñandú,\n\tcerca del [number] Main St — ¡urgente!  ", all.redact(text).text());
        String clean = "Nothing personal here.";
        assertSame(clean, all.redact(clean).text());
    }

    /**
     * 100,000 characters of one pattern that starts an expression again and again and almost matches: a redactor
     * that backtracks or rescans takes minutes here; a linear one a few milliseconds.
     */
    @ParameterizedTest
    @ValueSource(strings = {"my name is ", "my name is Aa ", "Thank you, Aaaa ", "Mr. Aaaa ", "Dr ", "a at b dot ",
            "a[at]b(dot)", "a @ ", "x@", "aaaaaaaa", "1-2-", "12-", "12-34-", "1234 ", "4111 ", "555-", "555 ",
            "123 45 ", "unit ", "apt 5 ", "Civic AB ", "car Aa1 ", "DOB 1/", "born ", "12 Main ", "at 12 ", "plate ",
            "tag # ", "Highway 1", "ticket #1-"})
    void staysLinearOnRepeatedPatterns(String unit) {
        String text = unit.repeat(100_000 / unit.length() + 1).substring(0, 100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> all.redact(text), unit);
    }

    @Test
    void redactsNothingWhenSwitchedOff() {
        String text = "call 555-201-3344 or a@b.org";
        Redacted r = Redactor.of(RedactionOptions.NONE).redact(text);
        assertEquals(text, r.text());
        assertEquals(0, r.counts().total());
    }
}
