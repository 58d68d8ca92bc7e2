package org.civicthemes.sample;

/**
 * Where a synthetic request is: a house number on a street, or an intersection.
 *
 * @param district  1 to 9
 * @param number    the house number, 0 for an intersection
 * @param direction "N", "S", "E", "W" or empty
 * @param street    the street
 * @param cross     the cross street: of the intersection, or the nearest one to the house
 * @param intersection true when the request is at the corner of street and cross, not at a house
 * @param landmark  a landmark of the district residents may mention
 * @param latitude  NaN when the CRM has no coordinates
 * @param longitude NaN when the CRM has no coordinates
 */
record Location(int district, int number, String direction, Street street, Street cross, boolean intersection,
                String landmark, double latitude, double longitude) {

    /** The address column: "1423 N MAPLE ST" or "MAPLE ST & 5TH AVE". */
    String officialAddress() {
        if (intersection) {
            return street.official() + " & " + cross.official();
        }
        return number + " " + (direction.isEmpty() ? "" : direction + " ") + street.official();
    }

    /** The district column: "District 4". */
    String districtName() {
        return "District " + district;
    }
}
