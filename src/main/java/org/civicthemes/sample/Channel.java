package org.civicthemes.sample;

/** How a request reached the city: the Source column. */
enum Channel {
    PHONE("Phone"),
    WEB("Web"),
    MOBILE_APP("Mobile App"),
    EMAIL("Email"),
    WALK_IN("Walk-in");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
