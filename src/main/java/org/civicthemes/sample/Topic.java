package org.civicthemes.sample;

/**
 * The problem a synthetic request is really about. Its {@link #category()} is the official Request Type the
 * city's CRM shows; most rows carry it, a few carry a wrong or generic one (see {@link RequestFactory}).
 */
enum Topic {
    ILLEGAL_DUMPING("Illegal Dumping", 7.0, 5, 0),
    STREETLIGHT_OUT("Streetlight Out", 6.0, 8, 0),
    GRAFFITI("Graffiti Removal", 5.0, 4, 0),
    POTHOLE("Pothole", 6.0, 6, 0),
    ABANDONED_VEHICLE("Abandoned Vehicle", 5.0, 10, 0),
    ENCAMPMENT("Homeless Encampment", 3.5, 12, 0),
    NOISE("Noise Complaint", 4.5, 0.15, 0),
    FIREWORKS("Fireworks", 0.12, 0.2, 0),
    MISSED_GARBAGE("Missed Garbage Pickup", 6.0, 1.5, 0.08),
    MISSED_RECYCLING("Missed Recycling Pickup", 3.5, 2, 0.08),
    BULK_PICKUP("Bulk Item Pickup", 4.0, 7, 0.30),
    STORM_DRAIN("Storm Drain / Flooding", 2.5, 3, 0),
    SIDEWALK_DAMAGE("Sidewalk Damage", 2.5, 45, 0),
    TREE_TRIMMING("Tree Trimming", 2.5, 60, 0.08),
    FALLEN_TREE("Fallen Tree / Limb Down", 1.2, 2, 0),
    OVERGROWN_VEGETATION("Overgrown Vegetation / Weeds", 2.5, 20, 0),
    DEAD_ANIMAL("Dead Animal Removal", 2.5, 1, 0),
    TRAFFIC_SIGNAL("Traffic Signal Malfunction", 1.8, 0.5, 0),
    STREET_SIGN("Stop Sign / Street Sign Damaged", 1.5, 3, 0),
    PARKING_VIOLATION("Parking Violation", 4.0, 0.3, 0),
    BLOCKED_DRIVEWAY("Blocked Driveway", 2.5, 0.2, 0),
    WATER_LEAK("Water Leak", 2.5, 1, 0),
    SEWER("Sewer Backup / Odor", 1.8, 1, 0),
    RODENTS("Rodents / Pest Control", 2.5, 10, 0),
    PARK_MAINTENANCE("Park Maintenance", 1.8, 7, 0),
    SNOW_ICE("Snow / Ice Removal", 1.0, 1.5, 0.08),
    STREET_SWEEPING("Street Sweeping", 1.5, 5, 0.20),
    ILLEGAL_VENDING("Illegal Vending", 1.0, 4, 0),
    SHOPPING_CARTS("Abandoned Shopping Carts", 1.5, 3, 0),
    NEEDLES("Needles / Syringes", 1.0, 0.5, 0),
    BARKING_DOG("Barking Dog", 2.0, 10, 0),
    LOOSE_DOG("Dog Off Leash / Loose Animal", 1.5, 0.3, 0),
    CODE_ENFORCEMENT("Code Enforcement", 3.0, 30, 0.05),
    UTILITY_BILLING("Utility Billing Question", 3.0, 2, 0.60),
    PERMIT_QUESTION("Permit Question", 1.5, 3, 0.60),
    CART_REQUEST("Trash / Recycling Cart Request", 2.5, 10, 0.35),
    E_SCOOTER("Scooter / E-Bike Complaint", 3.0, 1, 0),
    OTHER("Other", 2.0, 7, 0),
    GENERAL_INQUIRY("General Inquiry", 2.5, 1.5, 0.70);

    private final String category;
    private final double baseWeight;
    private final double medianDaysToClose;
    private final double questionShare;

    Topic(String category, double baseWeight, double medianDaysToClose, double questionShare) {
        this.category = category;
        this.baseWeight = baseWeight;
        this.medianDaysToClose = medianDaysToClose;
        this.questionShare = questionShare;
    }

    /** The official Request Type shown in the export. */
    String category() {
        return category;
    }

    /** Relative volume on an ordinary day, before the seasonal multipliers of {@link Seasonality}. */
    double baseWeight() {
        return baseWeight;
    }

    /** Median days from created to closed; the actual delay is log-normal around it. */
    double medianDaysToClose() {
        return medianDaysToClose;
    }

    /** Share of this topic's requests written as a question (when the phrasebook has questions for it). */
    double questionShare() {
        return questionShare;
    }

    /** The type a rushed call-taker picks instead of this one: a neighbouring category. */
    Topic neighbour() {
        switch (this) {
            case ILLEGAL_DUMPING: return BULK_PICKUP;
            case BULK_PICKUP: return ILLEGAL_DUMPING;
            case STREETLIGHT_OUT: return TRAFFIC_SIGNAL;
            case TRAFFIC_SIGNAL: return STREETLIGHT_OUT;
            case GRAFFITI: return CODE_ENFORCEMENT;
            case POTHOLE: return SIDEWALK_DAMAGE;
            case SIDEWALK_DAMAGE: return POTHOLE;
            case ABANDONED_VEHICLE: return PARKING_VIOLATION;
            case PARKING_VIOLATION: return BLOCKED_DRIVEWAY;
            case BLOCKED_DRIVEWAY: return PARKING_VIOLATION;
            case ENCAMPMENT: return CODE_ENFORCEMENT;
            case NOISE: return FIREWORKS;
            case FIREWORKS: return NOISE;
            case MISSED_GARBAGE: return MISSED_RECYCLING;
            case MISSED_RECYCLING: return MISSED_GARBAGE;
            case STORM_DRAIN: return SEWER;
            case SEWER: return WATER_LEAK;
            case WATER_LEAK: return SEWER;
            case TREE_TRIMMING: return FALLEN_TREE;
            case FALLEN_TREE: return TREE_TRIMMING;
            case OVERGROWN_VEGETATION: return CODE_ENFORCEMENT;
            case DEAD_ANIMAL: return LOOSE_DOG;
            case STREET_SIGN: return TRAFFIC_SIGNAL;
            case RODENTS: return CODE_ENFORCEMENT;
            case PARK_MAINTENANCE: return TREE_TRIMMING;
            case SNOW_ICE: return STREET_SWEEPING;
            case STREET_SWEEPING: return MISSED_GARBAGE;
            case ILLEGAL_VENDING: return CODE_ENFORCEMENT;
            case SHOPPING_CARTS: return ILLEGAL_DUMPING;
            case NEEDLES: return ENCAMPMENT;
            case BARKING_DOG: return NOISE;
            case LOOSE_DOG: return BARKING_DOG;
            case CODE_ENFORCEMENT: return OVERGROWN_VEGETATION;
            case UTILITY_BILLING: return WATER_LEAK;
            case PERMIT_QUESTION: return CODE_ENFORCEMENT;
            case CART_REQUEST: return MISSED_RECYCLING;
            case E_SCOOTER: return SIDEWALK_DAMAGE;
            default: return OTHER;
        }
    }

    /** True for Other and General Inquiry, the catch-all types. */
    boolean isGeneric() {
        return this == OTHER || this == GENERAL_INQUIRY;
    }
}
