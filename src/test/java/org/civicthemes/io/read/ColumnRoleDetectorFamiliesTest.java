package org.civicthemes.io.read;

import org.civicthemes.model.ColumnPreset;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civicthemes.model.ColumnAssignment;
import org.civicthemes.model.ColumnMapping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written header and value tables in the shape of each export family. The expected mapping is
 * complete: a role that is not listed must not be detected.
 */
class ColumnRoleDetectorFamiliesTest {

    static final String OPEN311 = """
            service_request_id,status,status_notes,service_name,service_code,description,agency_responsible,service_notice,requested_datetime,updated_datetime,expected_datetime,address,address_id,zipcode,lat,long,media_url
            638344,closed,Duplicate request.,Pothole Repair,006,"Large pothole in the right lane, cars swerving around it",DPW,,2010-04-14T06:37:38-08:00,2010-04-14T15:37:38-08:00,2010-04-15T06:37:38-08:00,8TH AVE and JUDAH ST,545483,94122,37.762221815,-122.4651145,http://city.example/media/638344.jpg
            638345,open,,Graffiti Removal,007,Tagging on the side of the library facing the parking lot,DPW,,2010-04-14T07:12:01-08:00,2010-04-14T07:12:01-08:00,2010-04-20T07:12:01-08:00,100 Larkin St,545484,94102,37.779421,-122.416264,
            638346,closed,Crew replaced lamp.,Streetlight Out,008,Street light has been flickering for a week and is now completely dark,PUC,,2010-04-14T08:45:10-08:00,2010-04-16T10:00:00-08:00,2010-04-18T08:45:10-08:00,1450 Noriega St,545485,94122,37.754102,-122.481003,http://city.example/media/638346.jpg
            638347,open,,Pothole Repair,006,Two deep potholes near the school crosswalk,DPW,,2010-04-14T09:02:44-08:00,2010-04-14T09:02:44-08:00,2010-04-15T09:02:44-08:00,2200 Fulton St,545486,94117,37.774081,-122.450521,
            638348,closed,Removed.,Illegal Dumping,010,Mattress and two sofas dumped on the sidewalk overnight,DPW,,2010-04-14T10:30:00-08:00,2010-04-15T08:00:00-08:00,2010-04-16T10:30:00-08:00,455 Ellis St,545487,94102,37.784561,-122.414290,http://city.example/media/638348.jpg
            638349,open,,Sewer Issue,012,Smell of sewage coming up from the storm drain after the rain,PUC,,2010-04-14T11:15:27-08:00,2010-04-14T11:15:27-08:00,2010-04-17T11:15:27-08:00,3020 Mission St,545488,94110,37.748921,-122.418300,
            638350,closed,Painted over.,Graffiti Removal,007,Spray paint on the bus shelter glass and the bench,DPW,,2010-04-14T12:40:09-08:00,2010-04-15T09:10:00-08:00,2010-04-20T12:40:09-08:00,700 Irving St,545489,94122,37.764110,-122.465900,
            638351,open,,Streetlight Out,008,Three lights out in a row along the park path,PUC,,2010-04-14T13:05:55-08:00,2010-04-14T13:05:55-08:00,2010-04-18T13:05:55-08:00,501 Stanyan St,545490,94117,37.771020,-122.453112,
            638352,open,,Illegal Dumping,010,Construction debris left in front of the vacant lot,DPW,,2010-04-14T14:20:31-08:00,2010-04-14T14:20:31-08:00,2010-04-16T14:20:31-08:00,88 Bayshore Blvd,545491,94124,37.744120,-122.403981,
            638353,closed,Filled.,Pothole Repair,006,Pothole keeps coming back after every repair,DPW,,2010-04-14T15:48:00-08:00,2010-04-16T11:30:00-08:00,2010-04-15T15:48:00-08:00,19th Ave and Taraval St,545492,94116,37.742870,-122.475401,
            """;

    static final String NYC311 = """
            Unique Key,Created Date,Closed Date,Agency,Agency Name,Complaint Type,Descriptor,Location Type,Incident Zip,Incident Address,City,Status,Resolution Description,Borough,Open Data Channel Type,Latitude,Longitude
            60012345,03/05/2024 02:03:00 PM,03/05/2024 04:10:12 PM,NYPD,New York City Police Department,Noise - Residential,Loud Music/Party,Residential Building/House,11226,1234 FLATBUSH AVENUE,BROOKLYN,Closed,The Police Department responded to the complaint and with the information available observed no evidence of the violation at that time.,BROOKLYN,ONLINE,40.6412,-73.9577
            60012346,03/05/2024 02:10:44 PM,,DOT,Department of Transportation,Street Condition,Pothole,Street,10027,250 WEST 125 STREET,NEW YORK,Open,,MANHATTAN,PHONE,40.8097,-73.9500
            60012347,03/05/2024 03:22:09 PM,03/06/2024 09:00:00 AM,DOT,Department of Transportation,Street Light Condition,Street Light Out,Street,10463,3000 BAILEY AVENUE,BRONX,Closed,The Department of Transportation fixed the street light.,BRONX,MOBILE,40.8790,-73.9020
            60012348,03/05/2024 04:01:30 PM,03/05/2024 06:45:00 PM,NYPD,New York City Police Department,Noise - Residential,Loud Talking,Street/Sidewalk,11372,37-10 82 STREET,JACKSON HEIGHTS,Closed,The Police Department responded and upon arrival those responsible for the condition were gone.,QUEENS,ONLINE,40.7490,-73.8850
            60012349,03/05/2024 05:15:00 PM,,HPD,Department of Housing Preservation and Development,HEAT/HOT WATER,ENTIRE BUILDING,Residential Building,10453,1890 UNIVERSITY AVENUE,BRONX,Open,,BRONX,PHONE,40.8530,-73.9140
            60012350,03/05/2024 06:40:12 PM,03/05/2024 07:02:00 PM,NYPD,New York City Police Department,Illegal Parking,Blocked Sidewalk,Street/Sidewalk,10314,55 RICHMOND HILL ROAD,STATEN ISLAND,Closed,The Police Department issued a summons in response to the complaint.,STATEN ISLAND,MOBILE,40.5890,-74.1510
            60012351,03/05/2024 07:05:41 PM,,DSNY,Department of Sanitation,Noise - Residential,Banging/Pounding,Sidewalk,11211,400 BEDFORD AVENUE,BROOKLYN,Open,,BROOKLYN,ONLINE,40.7110,-73.9610
            60012352,03/05/2024 08:30:00 PM,03/06/2024 01:15:00 AM,NYPD,New York City Police Department,Illegal Parking,Blocked Hydrant,Street/Sidewalk,10025,900 AMSTERDAM AVENUE,NEW YORK,Closed,The Police Department responded to the complaint and took action to fix the condition.,MANHATTAN,PHONE,40.8000,-73.9660
            60012353,03/05/2024 09:12:18 PM,,DEP,Department of Environmental Protection,HEAT/HOT WATER,APARTMENT ONLY,Street,11101,21-10 44 DRIVE,LONG ISLAND CITY,Open,,QUEENS,PHONE,40.7480,-73.9450
            60012354,03/05/2024 10:50:02 PM,03/06/2024 08:20:00 AM,DSNY,Department of Sanitation,Street Condition,Cave-in,Building,10002,120 ORCHARD STREET,NEW YORK,Closed,The graffiti was removed.,MANHATTAN,ONLINE,40.7190,-73.9900
            """;

    static final String BOSTON = """
            case_enquiry_id,open_dt,target_dt,closed_dt,case_status,closure_reason,case_title,subject,reason,type,neighborhood,location,latitude,longitude,source
            101005123401,2024-03-05 08:13:00,2024-03-07 08:30:00,2024-03-05 15:20:11,Closed,Case Resolved. Pothole repaired.,Request for Pothole Repair,Public Works Department,Highway Maintenance,Request for Pothole Repair,Dorchester,26 Hilltop St  Dorchester  MA  02124,42.2887,-71.0652,Citizens Connect App
            101005123402,2024-03-05 08:40:12,2024-03-08 08:30:00,,Open,,Street Light Outages,Public Works Department,Street Lights,Street Light Outages,Roxbury,INTERSECTION of Warren St & Moreland St  Roxbury  MA,42.3195,-71.0830,Constituent Call
            101005123403,2024-03-05 09:02:45,2024-03-06 09:00:00,2024-03-05 11:00:00,Closed,Case Resolved. Trash picked up.,Missed Trash/Recycling/Yard Waste/Bulk Item,Public Works Department,Sanitation,Missed Trash/Recycling/Yard Waste/Bulk Item,South Boston,88 E Broadway  South Boston  MA  02127,42.3370,-71.0480,Citizens Connect App
            101005123404,2024-03-05 09:30:00,2024-03-06 09:30:00,2024-03-05 12:45:00,Closed,Case Noted. Ticket issued.,PRINTED - Parking Enforcement,Transportation - Traffic Division,Enforcement & Abandoned Vehicles,Parking Enforcement,Allston / Brighton,150 Brighton Ave  Allston  MA  02134,42.3530,-71.1320,Self Service
            101005123405,2024-03-05 10:11:30,2024-03-09 10:11:30,,Open,,Request for Pothole Repair,Public Works Department,Highway Maintenance,Request for Pothole Repair,Jamaica Plain,INTERSECTION of Centre St & South St  Jamaica Plain  MA,42.3100,-71.1140,Constituent Call
            101005123406,2024-03-05 11:45:00,2024-03-06 11:45:00,2024-03-05 16:00:00,Closed,Case Resolved. Sign replaced.,Sign Repair,Transportation - Traffic Division,Signs & Signals,Sign Repair,Back Bay,300 Boylston St  Boston  MA  02116,42.3520,-71.0680,Citizens Connect App
            101005123407,2024-03-05 12:20:41,2024-03-07 12:20:41,2024-03-06 09:30:00,Closed,Case Resolved. Light fixed.,Street Light Outages,Public Works Department,Street Lights,Street Light Outages,Dorchester,1000 Dorchester Ave  Dorchester  MA  02125,42.3050,-71.0590,Constituent Call
            101005123408,2024-03-05 13:05:00,2024-03-12 13:05:00,,Open,,Rodent Activity,Inspectional Services,Environmental Services,Rodent Activity,East Boston,210 Meridian St  East Boston  MA  02128,42.3760,-71.0390,Citizens Connect App
            101005123409,2024-03-05 14:50:12,2024-03-06 14:50:12,2024-03-05 17:10:00,Closed,Case Resolved. Trash picked up.,Missed Trash/Recycling/Yard Waste/Bulk Item,Public Works Department,Sanitation,Missed Trash/Recycling/Yard Waste/Bulk Item,Roslindale,45 Poplar St  Roslindale  MA  02131,42.2870,-71.1290,Self Service
            101005123410,2024-03-05 16:33:03,2024-03-09 16:33:03,,Open,,Request for Pothole Repair,Public Works Department,Highway Maintenance,Request for Pothole Repair,Mattapan,INTERSECTION of Blue Hill Ave & Morton St  Mattapan  MA,42.2800,-71.0860,Constituent Call
            """;

    static final String CHICAGO = """
            SR_NUMBER,SR_TYPE,SR_SHORT_CODE,OWNER_DEPARTMENT,STATUS,ORIGIN,CREATED_DATE,LAST_MODIFIED_DATE,CLOSED_DATE,STREET_ADDRESS,CITY,STATE,ZIP_CODE,WARD,COMMUNITY_AREA,LATITUDE,LONGITUDE,LOCATION
            SR24-00412345,Pothole in Street Complaint,PHF,CDOT - Department of Transportation,Completed,Phone Call,03/05/2024 02:03:00 PM,03/07/2024 09:10:00 AM,03/07/2024 09:10:00 AM,1200 W MADISON ST,CHICAGO,IL,60607,27,28,41.8817,-87.6578,"(41.8817, -87.6578)"
            SR24-00412346,Graffiti Removal Request,GRAF,Streets and Sanitation,Open,Mobile Device,03/05/2024 02:15:31 PM,03/05/2024 02:15:31 PM,,3400 N HALSTED ST,CHICAGO,IL,60657,44,6,41.9430,-87.6490,"(41.9430, -87.6490)"
            SR24-00412347,Street Light Out Complaint,SFD,CDOT - Department of Transportation,Completed,Internet,03/05/2024 03:40:00 PM,03/08/2024 11:00:00 AM,03/08/2024 11:00:00 AM,7900 S COTTAGE GROVE AVE,CHICAGO,IL,60619,6,44,41.7510,-87.6050,"(41.7510, -87.6050)"
            SR24-00412348,Rodent Baiting/Rat Complaint,SGA,Streets and Sanitation,Open,Phone Call,03/05/2024 04:22:10 PM,03/06/2024 08:00:00 AM,,2500 W DIVISION ST,CHICAGO,IL,60622,26,24,41.9030,-87.6900,"(41.9030, -87.6900)"
            SR24-00412349,Pothole in Street Complaint,PHF,CDOT - Department of Transportation,Completed,Mobile Device,03/05/2024 05:05:05 PM,03/06/2024 10:30:00 AM,03/06/2024 10:30:00 AM,5600 N CLARK ST,CHICAGO,IL,60660,40,77,41.9840,-87.6690,"(41.9840, -87.6690)"
            SR24-00412350,Aircraft Noise Complaint,AVN,Aviation,Completed,Internet,03/05/2024 05:30:00 PM,03/05/2024 05:30:01 PM,03/05/2024 05:30:01 PM,10000 W OHARE ST,CHICAGO,IL,60666,41,76,41.9786,-87.9048,"(41.9786, -87.9048)"
            SR24-00412351,Graffiti Removal Request,GRAF,Streets and Sanitation,Completed,Phone Call,03/05/2024 06:12:44 PM,03/06/2024 01:00:00 PM,03/06/2024 01:00:00 PM,1800 S BLUE ISLAND AVE,CHICAGO,IL,60608,25,31,41.8570,-87.6610,"(41.8570, -87.6610)"
            SR24-00412352,Abandoned Vehicle Complaint,SKA,Streets and Sanitation,Open,Internet,03/05/2024 07:45:00 PM,03/05/2024 07:45:00 PM,,6300 S KEDZIE AVE,CHICAGO,IL,60629,16,66,41.7790,-87.7030,"(41.7790, -87.7030)"
            SR24-00412353,Street Light Out Complaint,SFD,CDOT - Department of Transportation,Open,Mobile Device,03/05/2024 08:01:19 PM,03/05/2024 08:01:19 PM,,4800 W NORTH AVE,CHICAGO,IL,60639,37,25,41.9100,-87.7460,"(41.9100, -87.7460)"
            SR24-00412354,Pothole in Street Complaint,PHF,CDOT - Department of Transportation,Completed,Phone Call,03/05/2024 09:30:00 PM,03/09/2024 12:00:00 PM,03/09/2024 12:00:00 PM,300 E 115TH ST,CHICAGO,IL,60628,9,49,41.6850,-87.6140,"(41.6850, -87.6140)"
            """;

    static final String SF311 = """
            service_request_id,requested_datetime,closed_date,updated_datetime,status_description,status_notes,agency_responsible,service_name,service_subtype,service_details,address,street,supervisor_district,neighborhoods_sffind_boundaries,police_district,lat,long,point,source,media_url
            17345001,2024-03-05T14:03:00.000,2024-03-05T18:00:00.000,2024-03-05T18:00:00.000,Closed,Case Resolved - Pickup completed.,Recology_Abandoned,Street and Sidewalk Cleaning,Bulky Items,Couch and two mattresses left on the sidewalk next to the bus stop,"1 MARKET ST, SAN FRANCISCO, CA, 94105",MARKET ST,3,Financial District,CENTRAL,37.7941,-122.3949,"(37.7941, -122.3949)",Mobile/Open311,https://mobile311.sfgov.org/media/a.jpg
            17345002,2024-03-05T14:20:11.000,,2024-03-05T14:20:11.000,Open,,DPW Ops Queue,Encampments,Encampment Reports,Tent blocking most of the sidewalk and a wheelchair cannot pass,"400 HAYES ST, SAN FRANCISCO, CA, 94102",HAYES ST,5,Hayes Valley,NORTHERN,37.7768,-122.4230,"(37.7768, -122.4230)",Phone,
            17345003,2024-03-05T15:01:45.000,2024-03-06T09:30:00.000,2024-03-06T09:30:00.000,Closed,Case Transferred,DPW Ops Queue,Street Condition,Cave-in on Private Property,Large tag painted across the garage door of the building overnight,"2000 MISSION ST, SAN FRANCISCO, CA, 94110",MISSION ST,9,Mission,MISSION,37.7636,-122.4194,"(37.7636, -122.4194)",Web,
            17345004,2024-03-05T15:30:00.000,,2024-03-05T16:00:00.000,Open,,PUC Sewer Ops,Sewer Issues,Sewer Odor,Strong sewage smell from the drain in front of the cafe since the morning,"800 IRVING ST, SAN FRANCISCO, CA, 94122",IRVING ST,7,Inner Sunset,TARAVAL,37.7640,-122.4660,"(37.7640, -122.4660)",Mobile/Open311,https://mobile311.sfgov.org/media/b.jpg
            17345005,2024-03-05T16:12:09.000,2024-03-05T20:45:00.000,2024-03-05T20:45:00.000,Closed,Case Resolved - Pickup completed.,Recology_Abandoned,Street and Sidewalk Cleaning,General Cleaning,Broken glass all over the crosswalk after a car accident,"50 FELL ST, SAN FRANCISCO, CA, 94102",FELL ST,5,Civic Center,NORTHERN,37.7763,-122.4190,"(37.7763, -122.4190)",Phone,
            17345006,2024-03-05T17:40:33.000,,2024-03-05T17:40:33.000,Open,,DPT Meter Shop,Parking Meter,Meter Broken,Parking meter screen is blank and does not take cards or coins,"1200 POLK ST, SAN FRANCISCO, CA, 94109",POLK ST,3,Nob Hill,NORTHERN,37.7880,-122.4200,"(37.7880, -122.4200)",Web,
            17345007,2024-03-05T18:05:00.000,2024-03-06T11:00:00.000,2024-03-06T11:00:00.000,Closed,Case Resolved - Encampment cleared.,DPW Ops Queue,Encampments,Encampment Reports,Three tents and a pile of belongings under the freeway ramp,"900 BRYANT ST, SAN FRANCISCO, CA, 94103",BRYANT ST,6,South of Market,SOUTHERN,37.7730,-122.4050,"(37.7730, -122.4050)",Mobile/Open311,https://mobile311.sfgov.org/media/c.jpg
            17345008,2024-03-05T19:22:14.000,,2024-03-05T19:22:14.000,Open,,PUC Streetlights,Streetlights,Streetlight Out,The whole block of lights on the north side is dark,"3100 24TH ST, SAN FRANCISCO, CA, 94110",24TH ST,9,Mission,MISSION,37.7525,-122.4150,"(37.7525, -122.4150)",Phone,
            17345009,2024-03-05T20:48:00.000,2024-03-06T08:15:00.000,2024-03-06T08:15:00.000,Closed,Case Resolved - Pickup completed.,Recology_Abandoned,Street and Sidewalk Cleaning,Bulky Items,Old refrigerator dumped in the alley behind the school,"150 CHURCH ST, SAN FRANCISCO, CA, 94114",CHURCH ST,8,Castro/Upper Market,PARK,37.7670,-122.4290,"(37.7670, -122.4290)",Mobile/Open311,
            17345010,2024-03-05T21:30:59.000,,2024-03-05T21:30:59.000,Open,,DPW Ops Queue,Street Condition,Cave-in on Public Property,Spray paint on the mailbox and the light pole at the corner,"600 CLEMENT ST, SAN FRANCISCO, CA, 94118",CLEMENT ST,1,Inner Richmond,RICHMOND,37.7830,-122.4650,"(37.7830, -122.4650)",Web,
            """;

    static final String SALESFORCE = """
            Case Number,Subject,Description,Created Date,Closed Date,Status,Type,Origin,Priority,Account Name,Contact Name,Case Owner
            00001026,Pothole on Elm St near 5th,There is a deep pothole in the eastbound lane that damaged my tire this morning.,3/5/2024 2:03 PM,3/6/2024 9:15 AM,Closed,Streets,Web,High,City of Springfield,Jane Doe,Public Works Queue
            00001027,Streetlight out by the school,The light at the corner has been out for a week and kids walk there in the dark.,3/5/2024 2:40 PM,,New,Lighting,Phone,Medium,City of Springfield,John Smith,Lighting Queue
            00001028,Overflowing trash can at the park,Trash can near the playground is overflowing and attracting raccoons at night.,3/5/2024 3:12 PM,3/5/2024 5:00 PM,Closed,Sanitation,Web,Low,City of Springfield,Maria Garcia,Sanitation Queue
            00001029,Graffiti on the bridge underpass,Fresh graffiti with offensive words on the bridge underpass by the river trail.,3/5/2024 4:05 PM,,Working,Graffiti,Email,Medium,City of Springfield,Wei Chen,Public Works Queue
            00001030,Water leaking from hydrant,The fire hydrant on Oak Ave is leaking water constantly into the street.,3/5/2024 4:48 PM,3/5/2024 7:30 PM,Closed,Water,Phone,High,City of Springfield,Sam Patel,Utilities Queue
            00001031,Noise from construction before 7am,Construction crew starts jackhammering at 5:30 in the morning every day this week.,3/5/2024 5:20 PM,,Escalated,Noise,Web,Medium,City of Springfield,Ana Silva,Code Enforcement Queue
            00001032,Sidewalk cracked and lifted,Tree roots lifted the sidewalk slab and my neighbor tripped on it yesterday.,3/5/2024 6:01 PM,3/7/2024 11:00 AM,Closed,Streets,Web,Low,City of Springfield,Tom Brown,Public Works Queue
            00001033,Abandoned car for two weeks,A silver sedan with flat tires has not moved from in front of my house for two weeks.,3/5/2024 7:15 PM,,New,Parking,Phone,Low,City of Springfield,Lisa Wong,Parking Queue
            00001034,Dead animal on the road,There is a dead deer on the shoulder of Route 9 near the gas station.,3/5/2024 8:30 PM,3/6/2024 8:00 AM,Closed,Sanitation,Phone,High,City of Springfield,Raj Kumar,Sanitation Queue
            00001035,Traffic signal stuck on red,The signal at Main and 3rd stays red for all directions for minutes at a time.,3/5/2024 9:45 PM,3/5/2024 11:10 PM,Closed,Traffic,Web,High,City of Springfield,Kim Lee,Traffic Queue
            """;

    /** SeeClickFix layout where request types vary, so only the summary/request_type repetition keeps the summary out. */
    static final String SEECLICKFIX = """
            id,created_at,closed_at,status,request_type,summary,description,address,lat,lng
            4100001,2024-03-05T14:03:00-05:00,2024-03-06T09:00:00-05:00,Closed,Pothole Issue,Pothole Issue,Huge pothole at the corner that fills with water whenever it rains.,"53 Chastellux Ave Newport, RI 02840, USA",41.4714,-71.3222
            4100002,2024-03-05T14:30:00-05:00,,Open,Street Light Outage,Street Light Outage,Light has been out for three nights and the street is very dark.,"15 Wickham Rd Newport, RI 02840, USA",41.4691,-71.3211
            4100003,2024-03-05T15:10:00-05:00,2024-03-05T18:00:00-05:00,Closed,Trash & Recycling,Trash & Recycling,Recycling was skipped on our whole street this week.,"7 Red Cross Terrace Newport, RI 02840, USA",41.4849,-71.3045
            4100004,2024-03-05T16:00:00-05:00,,Acknowledged,Graffiti Removal,Graffiti Removal,Someone spray painted the wall of the community center overnight.,"259 Gibbs Ave Newport, RI 02840, USA",41.4925,-71.3012
            4100005,2024-03-05T16:45:00-05:00,2024-03-07T10:00:00-05:00,Closed,Storm Drain,Storm Drain,"Street storm drain clogged with leaves, water on road.","18 Broadway Newport, RI 02840, USA",41.4908,-71.3125
            4100006,2024-03-05T17:20:00-05:00,,Open,Sidewalk Repair,Sidewalk Repair,Sidewalk heaved by tree roots and a stroller cannot get through.,"19 Newport Ave Newport, RI 02840, USA",41.4980,-71.3092
            4100007,2024-03-05T18:05:00-05:00,2024-03-06T12:00:00-05:00,Closed,Parking Enforcement,Parking Enforcement,Truck parked in the bike lane every morning blocking cyclists.,"100 Bellevue Ave Newport, RI 02840, USA",41.4850,-71.3090
            4100008,2024-03-05T19:00:00-05:00,,Open,Tree Issue,Tree Issue,Large branch hanging over the road after the storm.,"44 Harrison Ave Newport, RI 02840, USA",41.4700,-71.3300
            4100009,2024-03-05T19:40:00-05:00,2024-03-06T08:30:00-05:00,Closed,Pothole Issue,Pothole Issue,Several potholes along the stretch near the school bus stop.,"12 Malbone Rd Newport, RI 02840, USA",41.5010,-71.3000
            4100010,2024-03-05T20:15:00-05:00,,Open,Noise Complaint,Loud music,Loud music from the bar every night past two in the morning.,"5 Thames St Newport, RI 02840, USA",41.4870,-71.3150
            """;

    /** A CRM whose summary is a real title: it is joined in front of the details. */
    static final String TITLED = """
            Ticket ID,Opened,Category,Summary,Details,Status
            T-1001,05/03/2024 14:03,Roads,Pothole on Elm Street,Deep pothole in the eastbound lane that damaged my tire.,Closed
            T-1002,05/03/2024 14:40,Lighting,Dark corner by the school,The light at the corner has been out for a week.,Open
            T-1003,05/03/2024 15:12,Waste,Overflowing bin at the park,Bin near the playground is overflowing and attracting rats.,Closed
            T-1004,05/03/2024 16:05,Graffiti,Tags on the underpass,Fresh graffiti with offensive words under the bridge.,Open
            T-1005,05/03/2024 16:48,Water,Hydrant leaking on Oak Ave,The hydrant is leaking water constantly into the street.,Closed
            T-1006,05/03/2024 17:20,Noise,Jackhammer before 7am,Construction crew starts at 5:30 in the morning.,Open
            T-1007,25/03/2024 18:01,Roads,Cracked sidewalk slab,Tree roots lifted the slab and my neighbour tripped.,Closed
            T-1008,26/03/2024 19:15,Parking,Car abandoned for weeks,A sedan with flat tyres has not moved for two weeks.,Open
            """;

    static final String GENERIC = """
            Request ID,Created Date,Closed Date,Status,Request Type,Description,Address,Council District,Latitude,Longitude,Source
            REQ-2024-000101,2024-03-05 08:12:00,2024-03-06 10:00:00,Closed,Pothole,Pothole in front of the bakery is getting bigger every day,12 Main St,District 1,44.9778,-93.2650,Phone
            REQ-2024-000102,2024-03-05 09:30:00,,Open,Streetlight,Streetlight blinking on and off all night long,400 Oak Ave,District 3,44.9801,-93.2702,Web
            REQ-2024-000103,2024-03-05 10:45:00,2024-03-05 16:20:00,Closed,Street Condition,Cave-in on the side of the garage facing the alley,77 Pine Rd,District 2,44.9650,-93.2555,App
            REQ-2024-000104,2024-03-05 11:05:00,,In Progress,Pothole,Two potholes near the bus stop make the bus swerve,1500 Lake St,District 4,44.9489,-93.2890,App
            REQ-2024-000105,2024-03-05 12:20:00,2024-03-07 09:00:00,Closed,Trash,Missed trash pickup for the whole block this week,33 Elm Ct,District 1,44.9820,-93.2611,Phone
            REQ-2024-000106,2024-03-05 13:40:00,,Open,Noise,Loud party every weekend until three in the morning,9 Cedar Ln,District 2,44.9700,-93.2480,Web
            REQ-2024-000107,2024-03-05 14:55:00,2024-03-06 08:30:00,Closed,Streetlight,The light at the crosswalk is out and drivers cannot see people,210 Broadway,District 3,44.9900,-93.2750,Phone
            REQ-2024-000108,2024-03-05 15:10:00,,Open,Trash,Dumped mattress and boxes in the alley behind the store,58 Park Pl,District 4,44.9555,-93.2801,App
            REQ-2024-000109,2024-03-05 16:25:00,2024-03-05 18:00:00,Closed,Graffiti,Spray paint on the playground slide and the benches,800 River Dr,District 2,44.9600,-93.2400,Web
            REQ-2024-000110,2024-03-05 17:40:00,,Open,Pothole,Pothole at the entrance of the parking lot of the library,61 Hill Way,District 1,44.9760,-93.2690,Phone
            """;

    static Stream<Arguments> families() {
        String open311 = "REQUEST_ID=service_request_id, CREATED_DATE=requested_datetime, CATEGORY=service_name,"
                + " REQUEST_TEXT=description, STATUS=status, ADDRESS=address, LATITUDE=lat, LONGITUDE=long";
        String nyc = "REQUEST_ID=Unique Key, CREATED_DATE=Created Date, CLOSED_DATE=Closed Date,"
                + " CATEGORY=Complaint Type, REQUEST_TEXT=Descriptor, STATUS=Status, ADDRESS=Incident Address,"
                + " DISTRICT=Borough, LATITUDE=Latitude, LONGITUDE=Longitude, CHANNEL=Open Data Channel Type";
        String boston = "REQUEST_ID=case_enquiry_id, CREATED_DATE=open_dt, CLOSED_DATE=closed_dt,"
                + " REQUEST_TEXT=case_title, CATEGORY=type, STATUS=case_status, DISTRICT=neighborhood,"
                + " ADDRESS=location, LATITUDE=latitude, LONGITUDE=longitude, CHANNEL=source";
        String chicago = "REQUEST_ID=SR_NUMBER, CATEGORY=SR_TYPE, STATUS=STATUS, CHANNEL=ORIGIN,"
                + " CREATED_DATE=CREATED_DATE, CLOSED_DATE=CLOSED_DATE, ADDRESS=STREET_ADDRESS, DISTRICT=WARD,"
                + " LATITUDE=LATITUDE, LONGITUDE=LONGITUDE";
        String sf = "REQUEST_ID=service_request_id, CREATED_DATE=requested_datetime, CLOSED_DATE=closed_date,"
                + " STATUS=status_description, CATEGORY=service_name, REQUEST_TEXT=service_details, ADDRESS=address,"
                + " DISTRICT=supervisor_district, LATITUDE=lat, LONGITUDE=long, CHANNEL=source";
        String salesforce = "REQUEST_ID=Case Number, REQUEST_TEXT=Subject+Description, CREATED_DATE=Created Date,"
                + " CLOSED_DATE=Closed Date, STATUS=Status, CATEGORY=Type, CHANNEL=Origin";
        String seeclickfix = "REQUEST_ID=id, CREATED_DATE=created_at, CLOSED_DATE=closed_at, STATUS=status,"
                + " CATEGORY=request_type, REQUEST_TEXT=description, ADDRESS=address, LATITUDE=lat, LONGITUDE=lng";
        String generic = "REQUEST_ID=Request ID, CREATED_DATE=Created Date, CLOSED_DATE=Closed Date, STATUS=Status,"
                + " CATEGORY=Request Type, REQUEST_TEXT=Description, ADDRESS=Address, DISTRICT=Council District,"
                + " LATITUDE=Latitude, LONGITUDE=Longitude, CHANNEL=Source";
        return Stream.of(
                Arguments.of("Open311 GeoReport v2", ColumnPreset.AUTO, OPEN311, open311),
                Arguments.of("Open311 GeoReport v2", ColumnPreset.OPEN311, OPEN311, open311),
                Arguments.of("NYC 311", ColumnPreset.AUTO, NYC311, nyc),
                Arguments.of("NYC 311", ColumnPreset.NYC311, NYC311, nyc),
                Arguments.of("Boston 311", ColumnPreset.AUTO, BOSTON, boston),
                Arguments.of("Boston 311", ColumnPreset.BOSTON311, BOSTON, boston),
                Arguments.of("Chicago 311", ColumnPreset.AUTO, CHICAGO, chicago),
                Arguments.of("Chicago 311", ColumnPreset.CHICAGO311, CHICAGO, chicago),
                Arguments.of("SF 311 (DataSF)", ColumnPreset.AUTO, SF311, sf),
                Arguments.of("SF 311 (DataSF)", ColumnPreset.SF311, SF311, sf),
                Arguments.of("Salesforce cases", ColumnPreset.AUTO, SALESFORCE, salesforce),
                Arguments.of("Salesforce cases", ColumnPreset.SALESFORCE, SALESFORCE, salesforce),
                Arguments.of("SeeClickFix", ColumnPreset.AUTO, SEECLICKFIX, seeclickfix),
                Arguments.of("SeeClickFix", ColumnPreset.SEECLICKFIX, SEECLICKFIX, seeclickfix),
                Arguments.of("CRM with a real summary", ColumnPreset.AUTO, TITLED,
                        "REQUEST_ID=Ticket ID, CREATED_DATE=Opened, CATEGORY=Category, REQUEST_TEXT=Summary+Details,"
                                + " STATUS=Status"),
                Arguments.of("Generic synthetic", ColumnPreset.AUTO, GENERIC, generic));
    }

    @ParameterizedTest(name = "{0} with preset {1}")
    @MethodSource("families")
    void detectsEveryRoleOfTheFamilyAndNothingElse(String family, ColumnPreset preset, String csv, String expected)
            throws IOException {
        ColumnRoleDetectorRealDataTest.Table t = parse(csv);
        ColumnMapping m = new ColumnRoleDetector().detect(t.headers(), t.rows(), preset);
        assertEquals(expectedMap(expected), actualMap(m), () -> family + ":" + ColumnRoleDetectorRealDataTest.describe(m));
    }

    static ColumnRoleDetectorRealDataTest.Table parse(String csv) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(r.toList());
            }
            return new ColumnRoleDetectorRealDataTest.Table(parser.getHeaderNames(), rows);
        }
    }

    private static Map<String, String> expectedMap(String expected) {
        Map<String, String> out = new TreeMap<>();
        for (String pair : expected.split(",")) {
            String[] kv = pair.strip().split("=", 2);
            out.put(kv[0], kv[1]);
        }
        return out;
    }

    private static Map<String, String> actualMap(ColumnMapping m) {
        Map<String, String> out = new TreeMap<>();
        for (ColumnAssignment a : m.assignments()) {
            out.put(a.role().name(), String.join("+", a.columns()));
        }
        return out;
    }
}
