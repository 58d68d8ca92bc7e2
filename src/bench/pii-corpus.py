#!/usr/bin/env python3
"""Writes src/test/resources/org/civicthemes/text/pii-corpus.tsv: synthetic 311 request texts with planted personal
data, and clean texts whose numbers must stay. Every value and sentence is made up here (no real person's data;
phone numbers use 555-01xx, card numbers are Luhn-valid test-style numbers, SSNs use the never-issued 9xx/000 ranges
or 123-45-6789 style). Run from the repository root: python3 src/bench/pii-corpus.py (fixed seed: same file)."""

import random
import re

R = random.Random(14)
OUT = "src/test/resources/org/civicthemes/text/pii-corpus.tsv"

FIRST = ["Maria", "John", "Linda", "Tom", "Rosa", "Harold", "Janet", "Kevin", "Aisha", "Dmitri", "Nguyen", "Carlos",
         "Beth", "Sam", "Priya", "Robert", "Ellen", "Marcus", "Grace", "Luis", "Hannah", "Omar", "Keiko", "Frank"]
LAST = ["Lopez", "Becker", "Park", "Finch", "Alvarez", "Chen", "Patel", "O'Neil", "Kowalski", "Tran", "Okafor",
        "McAllister", "Schmidt", "Rivera", "Goldberg", "Haddad", "Sullivan", "Moreau", "Jensen", "Castillo"]
MAKES = ["Civic", "Camry", "Corolla", "Accord", "Prius", "Altima", "Sentra", "Malibu", "Impala", "Jetta", "Outback",
         "Forester", "Elantra", "Sonata", "Silverado", "Tacoma", "Explorer", "Fusion", "Wrangler", "Charger",
         "Honda", "Toyota", "Nissan", "Subaru", "Hyundai", "Chevy", "Ford", "Jeep", "Dodge", "Mazda", "Kia", "BMW"]
COLOURS = ["white", "silver", "black", "red", "grey", "blue", "green", "tan"]
STREETS = ["Main St", "Spruce Ave", "Thames St", "Bellevue Ave", "Valencia St", "Oak Rd", "Mission St", "Broadway",
           "Harrison Ave", "Pine Ln"]
TLDS = ["com", "org", "net"]
MAIL = ["gmail", "yahoo", "hotmail", "outlook", "aol", "icloud", "comcast"]


def d(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def nz(n):
    return R.choice("123456789") + d(n - 1)


def luhn_complete(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return digits + str((10 - total % 10) % 10)


def plate():
    return R.choice([lambda: nz(1) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + d(3),
                     lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + nz(4),
                     lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + nz(5)])()


def person():
    return R.choice(FIRST) + " " + R.choice(LAST)


def handle():
    f, l = R.choice(FIRST).lower(), R.choice(LAST).lower().replace("'", "")
    return R.choice([f + "." + l, f[0] + l, f + l[:3] + d(2), f + "_" + l, l + d(2)])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

# kind -> (value makers, sentences with {x} where the planted value goes)
KINDS = {
    "phone": ([lambda: "(401) 555-01" + d(2), lambda: "415-555-01" + d(2), lambda: "401.555.01" + d(2),
               lambda: "+1 415 555 01" + d(2), lambda: "1-628-555-01" + d(2), lambda: "415 555 01" + d(2)], [
        "Streetlight out on the corner for a week, call me at {x} if you need details.",
        "Overflowing trash cans at the park. My cell is {x}.",
        "Please have the inspector call {x} before coming out, the gate is locked.",
        "Large pothole in the left lane, reachable at {x} after 5pm.",
        "Dog barking all night next door. Contact {x}",
        "Missed recycling pickup again this week. {x} is the best number.",
        "graffiti on the retaining wall, text me {x} and i can show you",
        "Abandoned shopping carts on the sidewalk, you can call {x} anytime.",
    ]),
    "local_phone": ([lambda: "555-01" + d(2), lambda: "555.01" + d(2), lambda: nz(3) + "-" + d(4)], [
        "Water leaking from the hydrant, call {x} if you have questions.",
        "Trash bins left in the street since Monday. My number is {x}.",
        "Tree branch hanging over the sidewalk, please call me at {x}",
        "The crosswalk signal is stuck. Reach me on {x} thanks",
        "Neighbor burning trash in the yard again, ph {x}",
        "Broken bench at the bus stop. Call {x} and ask for the manager",
        "rats in the alley behind the restaurant, cell {x}",
        "Noise from construction before 7am. You can text {x}.",
    ]),
    "email": ([lambda: handle() + "@example.com", lambda: handle() + "@mail.example.org",
               lambda: handle() + "@" + R.choice(MAIL) + "." + R.choice(TLDS)], [
        "Sidewalk is cracked and lifting near the school, please email {x} with updates.",
        "Please send the response to {x}. The streetlight is still out.",
        "Illegal dumping behind the store, photos available, {x}",
        "Snow not plowed on our block. Contact: {x}",
        "needle found in the playground sandbox, reply to {x}",
        "Parking meter broken, ate my coins. Write to {x} please.",
    ]),
    "obfuscated_email": ([lambda: handle() + " at " + R.choice(MAIL) + " dot " + R.choice(TLDS),
                          lambda: handle() + " [at] " + R.choice(MAIL) + " [dot] " + R.choice(TLDS),
                          lambda: handle() + "(at)" + R.choice(MAIL) + "(dot)" + R.choice(TLDS),
                          lambda: handle() + " AT " + R.choice(MAIL).upper() + " DOT " + R.choice(TLDS).upper(),
                          lambda: handle() + "[at]" + R.choice(MAIL) + "." + R.choice(TLDS),
                          lambda: handle() + " at " + R.choice(MAIL) + "." + R.choice(TLDS)], [
        "Broken swing at the playground. You can reach me at {x} for photos.",
        "Streetlight flickering all night, email me: {x}",
        "Leaves clogging the storm drain. My email is {x}",
        "Car alarm going off every night, contact {x} please",
        "Please reply to {x} when the pothole is fixed.",
        "trash not picked up, send updates to {x} thanks",
    ]),
    "street_number": ([lambda: nz(R.choice([1, 2, 3, 4]))], [
        "Trash piled up at {x} {s} for two weeks.",
        "Car blocking the driveway in front of {x} {s} since Monday.",
        "Water main break near {x} {s}, flooding the road.",
        "Graffiti on the garage door of {x} {s}.",
        "Streetlight out, {x} {s}",
    ]),
    "plate": ([plate], [
        "Abandoned car with plate {x} parked for three weeks.",
        "Vehicle blocking the hydrant, license plate {x}.",
        "Van parked on the sidewalk again, plate # {x}",
        "Carro abandonado con placa {x} en la esquina.",
        "The truck with lic {x} dumps trash every night.",
    ]),
    "model_plate": ([plate], [
        "A {c} {m} {x} has been parked here for weeks with flat tires.",
        "Abandoned {m} {x} in the red zone since last month.",
        "{c} {m}, {x}, blocking my driveway every morning.",
        "Someone dumped a mattress from a {m} {x} last night.",
        "The {c} {m} ({x}) has not moved in 10 days.",
        "Car parked in the bike lane: {m} {x}.",
    ]),
    "long_number": ([lambda: nz(R.choice([6, 7, 8, 9, 10]))], [
        "Following up on case {x}, the pothole is still there.",
        "My water account {x} was charged for a leak that is the city's.",
        "Service request {x} was closed but nothing was done.",
        "Reference number {x}: the streetlight is out again.",
    ]),
    "ticket": ([lambda: nz(2) + "-" + d(5), lambda: "20" + R.choice(["23", "24", "25"]) + "-" + d(6),
                lambda: nz(3) + "-" + d(2) + "-" + d(5), lambda: nz(4) + "-" + d(3) + "-" + d(2),
                lambda: "SR-|" + "20" + R.choice(["23", "24"]) + "-" + d(5),
                lambda: nz(4) + "-" + d(4)], [
        "This is a follow up to ticket {x}, the sign is still down.",
        "Parking ticket {x} was issued while the meter was broken.",
        "Referring to case #{x}: nobody came to fix the light.",
        "My confirmation number is {x} and the bulk pickup never happened.",
        "Same issue as ticket no. {x}, the drain is still clogged.",
        "Reopening {x} because the graffiti came back.",
    ]),
    "ssn": ([lambda: "9" + d(2) + "-" + d(2) + "-" + d(4), lambda: "9" + d(2) + " " + d(2) + " " + d(4),
             lambda: "123-45-" + d(4)], [
        "The clerk asked for my social, it is {x}, for the tax lien on the lot.",
        "SSN {x} - I am applying for the senior trash fee waiver.",
        "My social security number is {x} if you need it for the rebate.",
        "For the water shutoff hardship form: ssn: {x}",
    ]),
    "card": ([lambda: " ".join(re.findall("....", luhn_complete("4" + d(14)))),
              lambda: "-".join(re.findall("....", luhn_complete("5" + R.choice("12345") + d(13)))),
              lambda: (lambda n: n[:4] + " " + n[4:10] + " " + n[10:])(luhn_complete("37" + d(12))),
              lambda: "-".join(re.findall("....", luhn_complete("6011" + d(11))))], [
        "I paid the parking fine with card {x} and was charged twice.",
        "The meter took my card {x} but printed no receipt.",
        "Refund for the bulk pickup fee please, paid with {x}.",
        "Charged twice on my visa {x} for the permit.",
    ]),
    "unit": ([lambda: R.choice(["Apt ", "apt ", "Apt. ", "Unit ", "unit ", "Apartment ", "apt #", "Unit #", "Suite "])
              + "|" + R.choice([nz(1), nz(2), nz(1) + R.choice("ABCDEF"), nz(2) + R.choice("ABCD"), nz(3),
                          R.choice("ABCDEF") + nz(1)])], [
        "Heat has been off in {x} of my building for three days.",
        "Mold in the bathroom of {x}, landlord will not respond.",
        "Mice in the kitchen, I live in {x} on the second floor.",
        "Upstairs neighbor in {x} plays loud music past midnight.",
        "Package thefts from the lobby, I am in {x}.",
        "Water leaking through the ceiling into {x}.",
    ]),
    "birth_date": ([lambda: f"{R.randint(1, 12):02d}/{R.randint(1, 28):02d}/19{R.randint(30, 99)}",
                    lambda: f"{R.randint(1, 12)}/{R.randint(1, 28)}/{R.randint(30, 99)}",
                    lambda: f"19{R.randint(30, 99)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                    lambda: f"{R.choice(MONTHS)} {R.randint(1, 28)}, 19{R.randint(30, 99)}",
                    lambda: f"{R.randint(1, 28)} {R.choice(MONTHS)} 19{R.randint(30, 99)}"], [
        "Senior discount for the trash fee, my DOB is {x}.",
        "Applying for the accessible parking space, date of birth {x}.",
        "I was born on {x} and qualify for the senior program.",
        "Resident info for the sidewalk waiver: D.O.B. {x}",
        "Need my birth date on file, it is {x}, for the leaf pickup exemption.",
        "dob: {x} - please add me to the snow removal assistance list",
    ]),
    "name": ([person, lambda: R.choice(FIRST)], [
        "My name is {x} and the streetlight on my corner has been out for a week.",
        "Hi, this is {x} calling about the overflowing dumpster behind the library.",
        "The pothole on the hill is getting bigger every day. Thank you, {x}",
        "Please fix the broken curb ramp, wheelchairs cannot get by. Thanks, {x}",
        "Graffiti on the bridge again. Regards, {x}",
        "The tree roots have lifted the sidewalk panels. Sincerely, {x}",
        "Hello, my name is {x}, there is a dead animal in the road.",
        "Trash cans left out all week on the whole block. Thanks! {x}",
    ]),
    "honorific_name": ([lambda: R.choice(LAST), person], [
        "Mr. {x} at the corner house keeps dumping leaves in the street.",
        "My neighbor Mrs. {x} fell on the broken sidewalk.",
        "Please ask for Ms. {x} when you come to check the drain.",
        "Dr. {x} reported the same streetlight last month.",
        "Mrs {x} next door has trash in her yard for weeks.",
        "Talked to Mr {x} from the water department, still no fix.",
    ]),
}

PER_KIND = 23
# words that join the parts of an obfuscated e-mail address: not personal, so not looked for after redaction
CONNECTORS = {"at", "dot"}

CLEAN = [
    "Pothole on Highway 101 northbound near the exit, 3 potholes in a row.",
    "Route 130 is flooded again after the storm, 2 lanes closed.",
    "Debris in the right lane of I-95 south near exit 12.",
    "Trash along Interstate 280 on ramp since 2024.",
    "The bus stop for line 38 has no shelter, waited 20 minutes at 5pm.",
    "Streetlight out since March 2025, third time this year.",
    "Called 311 twice about the broken hydrant, 2 weeks ago.",
    "Fire Station 12 siren test is very loud at 7am every Monday.",
    "Sign knocked down on Route 1A near mile marker 45.",
    "Graffiti on Pier 39 railing, about 10 feet long.",
    "Traffic signal at the intersection stays red for 4 minutes.",
    "There are 12 tents on the sidewalk under the 280 overpass.",
    "Leaves have clogged 5 storm drains on the hill since October 2024.",
    "Noise from the concert until 11:30 pm on Saturday.",
    "The park closes at 10pm but people stay until 2am.",
    "Hwy 1 shoulder has a dead deer, southbound near exit 3.",
    "US-1 guardrail damaged after the crash on 3/14.",
    "At least 6 shopping carts dumped near the creek.",
    "Crosswalk paint faded on Highway 9 at the school, 300 kids cross daily.",
    "Broken glass at gate 3 of the stadium parking lot.",
    "Bus 14 skipped our stop 3 times this week.",
    "Water main leak on State Route 138, about 50 gallons an hour.",
    "The 2019 repaving is already cracking in 4 places.",
    "District 9 has had no street sweeping since 2023.",
    "Ward 5 meeting is at 6:30 pm on the 2nd Tuesday.",
    "Potholes on Interstate 84 westbound between exits 10 and 11.",
    "The light at Highway 101 and Route 1 is out, 2 accidents already.",
    "Engine 7 responded to a brush fire near Route 24.",
    "I counted 15 abandoned bikes chained to the rack.",
    "It took 45 minutes to get through on 311 yesterday.",
    "Exit 4 off I-280 has a huge pothole, 2 feet wide.",
    "Fallen tree blocking 1 lane of Route 114 since 8am.",
    "Overgrown weeds about 3 feet high along SR 520.",
    "Signal timing on Highway 1 is off by 30 seconds.",
    "Snow plow missed our street after the storm of January 2024.",
    "Trash pickup moved to 6am, trucks come at 5:45.",
    "Bridge 14 expansion joint is loud when trucks pass.",
    "Five potholes and 2 sinkholes on Route 2 since spring.",
    "Building 4 of the housing authority has 3 broken lights in the stairwell.",
    "Broken sprinkler in Zone 3 of the park wastes water for 2 hours daily.",
    "The 1990s streetlights on Highway 24 are too dim.",
    "Platform 2 at the station has a broken elevator since 2022.",
    "Precinct 12 lot is full of abandoned vehicles, maybe 20.",
    "Ramp from I-93 to Route 3 has debris, 1 tire and 2 bags.",
    "School zone sign on Route 9 says 15 mph but nobody slows.",
    "Recycling truck came at 4:30 instead of 7, 3 days in a row.",
    "Potholes cost me 2 tires on Interstate 5 last week.",
    "The 2020 census map shows our block in District 4.",
    "Light pole 17 near the boat ramp is leaning.",
    "Gate 2 of the dog park will not latch.",
    "Bench 6 on the cliff walk is broken.",
    "Speeders do 60 on Highway 238, the limit is 35.",
    "Camp of 8 people under the Route 101 bridge since 2025.",
    "Water fountain number 3 at the field is broken.",
    "Noise from I-880 since they removed 200 trees.",
    "Over 100 people signed the petition for a stop sign.",
    "The 24 hour laundromat leaves 10 bags of lint outside.",
    "Bus route 22 detour has lasted 3 months.",
    "Hole in the fence at field 2, 4 kids went through.",
    "Parking lot B has 2 broken lights since May 2025.",
    "Potholes on Interstate 95 near exit 2 in Newport.",
    "Dumped tires, 12 of them, behind the recycling center.",
    "Route 138 and Route 114 merge is dangerous at 5 pm.",
    "Smell of sewage on Highway 101 off ramp for 3 days.",
    "Meter 40 on the waterfront lot eats quarters.",
    "Since 2018 the drain at the corner floods after 1 inch of rain.",
    "Station 3 crews said they would come back in 2 days.",
    "There were 30 cars idling at the school at 3pm.",
    "The Line 5 bus stop sign is missing.",
    "Trash cans 1 through 4 in the park are overflowing.",
    "Exit 7 on Route 24 needs a new sign, the old one fell in 2021.",
    "Flooding at the Highway 37 underpass after 2 hours of rain.",
    "Dead raccoon on I-295 shoulder near mile 12.",
    "The 7 day forecast says snow, please salt Route 1.",
    "About 40 geese on the field at 6 every morning.",
    "The 311 app crashed 3 times when I tried to upload photos.",
    "Tent fire under Highway 80 overpass at 2 am, 3 tents burned.",
    "Sidewalk closed for 9 months on the 400 block, no detour signs.",
    "Car wash runoff into the drain 2 or 3 times a week.",
    "Interstate 10 sound wall has graffiti about 50 feet long.",
    "Pier 7 lights out, 2 of 6 working.",
    "Lane 2 of the toll plaza on Route 24 is closed.",
    "Broken swings, 2 of them, at the playground since 2024.",
    "Trail 4 sign post is rotten and fell over.",
    "Route 77 has a downed line, crews came at 9:15.",
    "Our block had 6 car break-ins in 2 weeks.",
    "The 5 speed bumps on the road are worn flat.",
    "Shuttle 1 to the ferry runs every 20 minutes but came after 50.",
    "I-95 north sound barrier has a 3 foot hole.",
    "Highway 17 overpass drips water on cars, 4 leaks.",
    "Streetlight 22 on the bike path flickers after 9pm.",
    "Curb painted red for 30 feet but signs say 2 hour parking.",
    "We have asked since 2016 for a crosswalk, 1 child was hit.",
    "Hydrant 9 at the corner leaks about 2 gallons a minute.",
    "Noise complaint: generator running 24 hours, day 3.",
    "Route 6 bridge railing missing 2 posts.",
    "Encampment of 4 tents on Highway 101 frontage road.",
    "Dumpster 2 behind the library overflows by 8am.",
    "Potholes on Route 130 eastbound, at least 7.",
    "The 2026 budget promised 10 new streetlights on Interstate 195.",
]


def main():
    rows = []
    for kind, (makers, sentences) in KINDS.items():
        n = 0
        while n < PER_KIND:
            value = R.choice(makers)()
            cue = ""
            if "|" in value:  # "Apt |5", "SR-|2024-00117": the cue or prefix stays in the text, only the value is personal
                cue, value = value.split("|")
            sentence = sentences[n % len(sentences)]
            text = sentence.replace("{c}", R.choice(COLOURS)).replace("{m}", R.choice(MAKES)).replace("{s}", R.choice(STREETS))
            text = text.replace("{x}", cue + "{x}")
            context = text.replace("{x}", " ")
            tokens = [t for t in re.findall(r"[A-Za-z0-9]+", value) if t.lower() not in CONNECTORS]
            # the value's tokens must not occur in the rest of the text, so their absence after redaction means
            # the value was removed
            if any(re.search(r"(?<![A-Za-z0-9])" + re.escape(t) + r"(?![A-Za-z0-9])", context, re.I) for t in tokens):
                continue
            rows.append((kind, text.replace("{x}", "{{" + value + "}}")))
            n += 1
    assert len(CLEAN) == 100, len(CLEAN)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Synthetic 311 request texts for measuring redaction (written for CivicThemes, no real person's data).\n")
        f.write("# Made by src/bench/pii-corpus.py (fixed seed). Columns: kind <TAB> text. In planted rows the personal\n")
        f.write("# value is between {{ and }}; 'clean' rows hold numbers that must stay.\n")
        for kind, text in rows:
            f.write(kind + "\t" + text + "\n")
        for text in CLEAN:
            f.write("clean\t" + text + "\n")
    print(len(rows), "planted,", len(CLEAN), "clean")


main()
