package org.civicthemes.io.read;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicthemes.model.ColumnRole;

/**
 * What column names say about roles: the one table of header synonyms. Names are compared after
 * {@link HeaderName#normalise}. Each role has
 * <ul>
 *   <li><b>exact</b> names (the whole header) with a weight, strongest evidence;</li>
 *   <li><b>penalty</b> words that speak against the role anywhere in the header ("updated" is not a
 *       closed date; "status notes" is not a status), negative weights, checked after exact names;</li>
 *   <li><b>words</b> that suggest the role anywhere in the header, weaker.</li>
 * </ul>
 * Weights run from -1 (the header rules the role out) to 1 (the header names the role).
 */
final class HeaderSynonyms {

    /** The verdict of a header for one role. */
    record Match(double weight, String word, boolean exact) {
        static final Match NONE = new Match(0, "", false);
    }

    private record Table(Map<String, Double> exact, Map<String, Double> penalties, Map<String, Double> words) {
    }

    private static final Map<ColumnRole, Table> TABLES = new EnumMap<>(ColumnRole.class);

    /** Headers of short text that may be joined in front of the main request text. */
    private static final List<String> TITLES = List.of(
            "summary", "title", "subject", "case title", "short description", "headline", "request title",
            "issue title", "request summary", "case subject");

    static {
        table(ColumnRole.REQUEST_TEXT,
                "description 1, request description 1, text 1, request text 1, problem description 1,"
                        + " issue description 1, case description 1, complaint description 1, long description 1,"
                        + " detailed description 1, what is the problem 0.9, narrative 0.9, details 0.9,"
                        + " request details 0.9, service details 0.9, comments 0.85, comment 0.85, body 0.8,"
                        + " message 0.8, case title 0.8, notes 0.7, title 0.7, summary 0.7, short description 0.7,"
                        + " subject 0.6, descriptor 0.6",
                "resolution -1, status -1, closure -1, closing -1, internal -1, response -1, reply -1, url -1,"
                        + " link -1, image -1, images -1, photo -1, media -1, agency -1, action -1, len -1,"
                        + " length -1, count -1, id -1, code -1",
                "description 0.85, narrative 0.8, details 0.75, detail 0.7, desc 0.7, text 0.7, comments 0.7,"
                        + " comment 0.7, message 0.6, notes 0.5, title 0.5, summary 0.5, body 0.5, subject 0.4");
        table(ColumnRole.CREATED_DATE,
                "created date 1, created 1, created at 1, date created 1, creation date 1, created on 1,"
                        + " open dt 1, open date 1, opened 1, opened date 1, date opened 1, opened at 1,"
                        + " requested datetime 1, requested date 1, date requested 1, requested at 1,"
                        + " request date 0.95, reported date 0.95, date reported 0.95, report date 0.9,"
                        + " submitted date 0.95, date submitted 0.95, submitted at 0.95, received date 0.9,"
                        + " date received 0.9, incident date 0.8, date 0.6, timestamp 0.6, datetime 0.6, date time 0.6",
                "closed -1, close -1, resolved -1, resolution -1, completed -1, completion -1, closure -1,"
                        + " due -1, expected -1, target -1, scheduled -1, estimated -1, end -1, birth -1,"
                        + " hours -1, days -1, duration -1, updated -0.2, modified -0.2, changed -0.2,"
                        + " last -0.2, edited -0.2",
                "created 0.9, creation 0.9, opened 0.85, requested 0.85, reported 0.8, submitted 0.8,"
                        + " received 0.75, open 0.6, timestamp 0.4, start 0.4, date 0.3, datetime 0.3, dt 0.3,"
                        + " time 0.2");
        table(ColumnRole.CLOSED_DATE,
                "closed date 1, closed 1, closed at 1, closed dt 1, close date 1, date closed 1,"
                        + " closed datetime 1, closed on 1, resolved date 0.95, date resolved 0.95,"
                        + " resolved at 0.95, resolution date 0.9, completed date 0.9, date completed 0.9,"
                        + " completion date 0.9, completed at 0.9",
                "updated -1, modified -1, changed -1, last -1, expected -1, due -1, target -1, scheduled -1,"
                        + " estimated -1, created -1, opened -1, requested -1, reported -1, hours -1, days -1,"
                        + " duration -1, reason -1, notes -1, description -1, photo -1, type -1",
                "closed 0.9, close 0.85, resolved 0.85, completed 0.85, completion 0.8, finished 0.7,"
                        + " resolution 0.6, fixed 0.6");
        table(ColumnRole.CATEGORY,
                "category 1, request type 1, service name 1, complaint type 1, sr type 1, case type 1,"
                        + " service type 1, issue type 1, problem type 1, request category 1,"
                        + " service request type 1, service category 1, issue category 1, type 0.8, topic 0.8,"
                        + " service 0.7, reason 0.5, issue 0.6, problem 0.6, service subtype 0.6, subtype 0.5,"
                        + " service code 0.5",
                "channel -1, source -1, origin -1, status -1, location -1, address -1, media -1, image -1,"
                        + " photo -1, contact -1, device -1, record -1, facility -1, id -1, date -1, time -1,"
                        + " closure -1, resolution -1",
                "category 0.9, type 0.6, topic 0.6, issue 0.4, problem 0.4, service 0.4, reason 0.4,"
                        + " subtype 0.4");
        table(ColumnRole.STATUS,
                "status 1, case status 1, request status 1, sr status 1, ticket status 1, current status 1,"
                        + " status description 0.95, state 0.7, stage 0.6",
                "notes -1, note -1, comment -1, comments -1, reason -1, date -1, time -1, datetime -1, dt -1,"
                        + " updated -1, fetch -1, url -1, change -1, history -1",
                "status 0.8, state 0.4");
        table(ColumnRole.DISTRICT,
                "district 1, council district 1, city council district 1, supervisor district 1,"
                        + " supervisorial district 1, ward 0.95, borough 0.95, police district 0.9,"
                        + " neighborhood 0.9, neighbourhood 0.9, neighborhoods 0.9, community district 0.9,"
                        + " community area 0.85, community board 0.85, council 0.7, precinct 0.7,"
                        + " police precinct 0.7, supervisor 0.6, zone 0.6, area 0.6, region 0.6, sector 0.6,"
                        + " beat 0.5",
                "id -1",
                "district 0.85, borough 0.85, ward 0.8, neighborhood 0.8, neighbourhood 0.8,"
                        + " neighborhoods 0.8, council 0.6, precinct 0.6, area 0.4, zone 0.4, region 0.4");
        table(ColumnRole.ADDRESS,
                "address 1, incident address 1, street address 1, full address 1, location address 1,"
                        + " site address 1, request address 1, service address 1, case address 1,"
                        + " property address 1, address line 1 0.9, location 0.85, street 0.7, intersection 0.6",
                "type -1, email -1, mail -1, ip -1, url -1, web -1, zip -1, zipcode -1, postal -1, lat -1,"
                        + " latitude -1, long -1, longitude -1, lng -1, lon -1, x -1, y -1, coordinate -1,"
                        + " coordinates -1, point -1, number -1, city -1, state -1, borough -1, district -1",
                "address 0.9, street 0.6, location 0.6, intersection 0.5");
        table(ColumnRole.LATITUDE,
                "lat 1, latitude 1, lat y 1, point y 0.8, y 0.7",
                "state plane -1",
                "latitude 0.9, lat 0.9, y 0.4");
        table(ColumnRole.LONGITUDE,
                "long 1, lng 1, lon 1, longitude 1, long x 1, point x 0.8, x 0.7",
                "state plane -1, description -1, text -1",
                "longitude 0.9, lng 0.9, lon 0.9, long 0.7, x 0.4");
        table(ColumnRole.REQUEST_ID,
                "id 1, request id 1, service request id 1, case id 1, case number 1, unique key 1, sr number 1,"
                        + " sr id 1, case enquiry id 1, ticket id 1, ticket number 1, incident id 1,"
                        + " incident number 1, request number 1, service request number 1, reference number 1,"
                        + " case no 1, issue id 1, report id 1, record id 0.9, ref no 0.9, ticket 0.8,"
                        + " reference 0.8, case 0.7, ref 0.7, objectid 0.5, object id 0.5, fid 0.4",
                "phone -1, zip -1, postal -1, parent -1, duplicate -1, agency -1, user -1, reporter -1,"
                        + " account -1, contact -1, device -1, media -1, image -1, photo -1, street -1, house -1,"
                        + " ward -1, district -1, council -1, lat -1, long -1",
                "id 0.7, reference 0.6, number 0.5, num 0.5, key 0.5, ref 0.5, no 0.4");
        table(ColumnRole.CHANNEL,
                "source 1, channel 1, origin 1, open data channel type 1, case origin 1, request source 1,"
                        + " request channel 1, intake channel 1, submission channel 1, submitted via 1,"
                        + " reported via 1, received via 1, method received 1, how received 1, case source 1,"
                        + " contact method 0.9, method 0.6, medium 0.6",
                "url -1, image -1, photo -1, id -1",
                "channel 0.85, origin 0.8, source 0.7, via 0.6, method 0.5");
    }

    private HeaderSynonyms() {
    }

    /** What the normalised header says about the role. */
    static Match match(ColumnRole role, String normalised) {
        Table table = TABLES.get(role);
        Double exact = table.exact().get(normalised);
        if (exact != null) {
            return new Match(exact, normalised, true);
        }
        Match worst = Match.NONE;
        for (Map.Entry<String, Double> e : table.penalties().entrySet()) {
            if (e.getValue() < worst.weight() && HeaderName.hasWords(normalised, e.getKey())) {
                worst = new Match(e.getValue(), e.getKey(), false);
            }
        }
        if (worst != Match.NONE) {
            return worst;
        }
        Match best = Match.NONE;
        for (Map.Entry<String, Double> e : table.words().entrySet()) {
            if (e.getValue() > best.weight() && HeaderName.hasWords(normalised, e.getKey())) {
                best = new Match(e.getValue(), e.getKey(), false);
            }
        }
        return best;
    }

    /** True for headers of short titles that may be joined before the main text ("summary", "subject"). */
    static boolean isTitle(String normalised) {
        return TITLES.contains(normalised);
    }

    private static void table(ColumnRole role, String exact, String penalties, String words) {
        TABLES.put(role, new Table(weights(exact), weights(penalties), weights(words)));
    }

    /** "created date 1, date 0.6" to an ordered map of name to weight. */
    private static Map<String, Double> weights(String list) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String item : list.split(",")) {
            String entry = item.strip();
            int space = entry.lastIndexOf(' ');
            String name = entry.substring(0, space);
            if (!name.equals(HeaderName.normalise(name)) || out.put(name, Double.valueOf(entry.substring(space + 1))) != null) {
                throw new IllegalStateException("Bad or repeated header synonym: '" + entry + "'");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
