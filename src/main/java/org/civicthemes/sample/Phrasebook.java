package org.civicthemes.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What residents of Riverton write, per topic: templates with slots, extra sentences, Spanish and Vietnamese
 * requests, recurring questions and terse one-word texts. All text is invented.
 */
final class Phrasebook {

    private static final Map<Topic, PhraseSet> SETS = build();

    /** Openers and closers residents add around the problem, by language. */
    static final List<String> PREFIXES_EN = List.of("Hi,", "Hello,", "Hi there -", "Good morning.", "Hello.",
            "To whom it may concern,", "Hey", "Hi city of Riverton,", "Good afternoon,", "Reporting again:",
            "Not sure if this is the right place but", "FYI", "Hi 311,");
    static final List<String> SUFFIXES_EN = List.of("Thank you.", "Thanks!", "thanks", "Thx", "Please fix.",
            "Please send someone as soon as possible.", "This is a safety hazard.", "I have called about this before.",
            "This is the third time I am reporting this.", "Kids walk by here every day.", "Please help.",
            "Can someone please look at this?", "Appreciate it.", "Please take care of this.",
            "Nobody has come out yet.", "It has been like this for {days}.", "Please call me if you need more info.",
            "Someone is going to get hurt.", "We pay taxes for this!", "Thank you for your help.");
    static final List<String> PREFIXES_ES = List.of("Hola,", "Buenas tardes.", "Buenos días,", "Hola buenas,",
            "Disculpe,");
    static final List<String> SUFFIXES_ES = List.of("Gracias.", "Muchas gracias.", "Por favor manden a alguien.",
            "Es peligroso para los niños.", "Ya llamé antes y nadie vino.", "Gracias por su ayuda.",
            "Por favor ayúdenos.");
    static final List<String> PREFIXES_VI = List.of("Xin chào,", "Chào anh chị,", "Xin lỗi,");
    static final List<String> SUFFIXES_VI = List.of("Cảm ơn.", "Xin cảm ơn nhiều.", "Xin giúp đỡ.",
            "Mong thành phố giải quyết sớm.");

    private Phrasebook() {
    }

    static PhraseSet of(Topic topic) {
        return SETS.get(topic);
    }

    private static Map<Topic, PhraseSet> build() {
        Map<Topic, PhraseSet> m = new EnumMap<>(Topic.class);

        m.put(Topic.ILLEGAL_DUMPING, new B()
                .en("Someone dumped a {item} and a bunch of trash bags {where}.",
                        "Illegal dumping {where}. {item}, {item2} and construction debris.",
                        "There is a pile of junk dumped {where}",
                        "People keep dumping trash {where}, now there's a {item} and tires.",
                        "A truck came at night and dumped {item2} and drywall {where}.",
                        "dumped {item} on the sidewalk {where}, blocking the way",
                        "Large pile of illegally dumped furniture {where}. It has been there {days}.",
                        "Someone left a {item} and old tires in the alley behind {addr}.",
                        "Trash dumped in the empty lot next to {place} again.",
                        "There's a mattress, a couch and bags of garbage dumped {where}.",
                        "Dumping in the alley off {street}. Smells terrible and attracting rats.",
                        "someone threw out a whole apartment worth of stuff {where}")
                .detail("It's blocking the sidewalk.", "I saw a {colour} pickup truck drop it off around {time}.",
                        "This happens every month.", "The bags are ripped open and trash is blowing everywhere.",
                        "It is attracting rats.", "Pretty sure it's not from anyone on our block.",
                        "There are also some paint cans.")
                .es("Hay basura tirada en la banqueta {donde}.",
                        "Alguien tiró {cosa} y bolsas de basura {donde}.",
                        "Tiraron muebles viejos y {cosa} en el callejón detrás de {addr}.",
                        "Hay un montón de basura {donde}, ya lleva {dias} ahí.",
                        "Dejaron {cosa} en la calle {donde}, está bloqueando el paso.")
                .vi("Có người đổ rác bừa bãi {o_dau}.",
                        "Có người vứt {do_vi} và bao rác trên vỉa hè {o_dau}, xin đến dọn giúp.",
                        "Rác bị đổ trong hẻm sau nhà {addr} đã {thoi_gian}.")
                .one("dumping", "illegal dumping", "Trash dumped", "junk pile", "mattress dumped"));

        m.put(Topic.STREETLIGHT_OUT, new B()
                .en("Streetlight out {where}.",
                        "The street light {where} has been out for {days}.",
                        "Street light is flickering on and off all night {where}",
                        "Light pole #{pole} is out. It's very dark at night.",
                        "The streetlight in front of my house at {addr} is not working.",
                        "Two street lights out on {street} between {cross} and the park.",
                        "streetlight keeps cycling on/off {where}",
                        "Street lamp is out {where}, whole block is pitch black at night.",
                        "The light on the pole by {place} is out again.",
                        "Streetlight is on during the day and off at night {where}.")
                .detail("It's not safe to walk at night.", "There have been break-ins on our street.",
                        "The pole number is {pole}.", "Cars are getting broken into because it's so dark.",
                        "I reported this {days} ago and it's still out.", "Kids wait for the bus there in the morning.")
                .es("La luz de la calle no funciona {donde}.",
                        "El poste de luz {donde} está apagado desde hace {dias}.",
                        "Está muy oscuro en la noche, la lámpara de la calle está fundida {donde}.",
                        "La luz del poste prende y apaga toda la noche {donde}.")
                .vi("Đèn đường bị hỏng {o_dau}, ban đêm rất tối.",
                        "Đèn đường {o_dau} không sáng {thoi_gian}.",
                        "đèn đường bị hỏng")
                .one("streetlight out", "light out", "Streetlight", "street light", "dark street"));

        m.put(Topic.GRAFFITI, new B()
                .en("Graffiti on the wall {where}.",
                        "Someone spray painted gang tags on the fence {where}",
                        "Graffiti on the {colour} garage door at {addr}. Please remove.",
                        "There is new graffiti on the bus shelter by {place}.",
                        "Tagging all over the retaining wall along {street}.",
                        "graffiti on stop sign and utility box {where}",
                        "Vandals painted obscene words on the side of {place}.",
                        "The underpass on {street} got tagged again overnight.",
                        "Spray paint on the playground slide at {place}, kids can see it.",
                        "Graffiti on the back of the building {where}, {colour} and black paint.")
                .detail("It's offensive.", "It keeps coming back every few weeks.",
                        "The business owner says the city should remove it.", "It's been there {days}.",
                        "Some of it looks like gang signs.")
                .es("Hay grafiti en la pared {donde}.",
                        "Pintaron la barda {donde} con aerosol, por favor quítenlo.",
                        "Rayaron las paredes de {place} otra vez.")
                .vi("Có người vẽ bậy lên tường {o_dau}.",
                        "Tường {o_dau} bị vẽ bậy, xin xóa giúp.")
                .one("graffiti", "Graffiti", "tagging", "graffitti"));

        m.put(Topic.POTHOLE, new B()
                .en("Large pothole {where}.",
                        "Huge pothole {where}, it blew out my tire.",
                        "There is a deep pothole in the right lane of {street} near {cross}.",
                        "Pothole on {street} by {place} is getting bigger every day.",
                        "Several potholes on {street} between {cross} and {place}.",
                        "pot hole in front of {addr} about {num} feet wide",
                        "The road is crumbling {where}, big hole in the middle of the lane.",
                        "There's a pothole filled with water {where}, cars swerve to avoid it.",
                        "Pothole at the crosswalk {where}, someone could trip.",
                        "The patch on the pothole {where} came out again.",
                        "Bad potholes all along {street}. Damaged my {make}'s rim.")
                .detail("Cars are swerving into the other lane.", "It damaged my car and I want to file a claim.",
                        "It's about {num} inches deep.", "Bikes can't see it at night.",
                        "It was patched last year but it's back.", "Please fill it before someone gets hurt.")
                .es("Hay un bache muy grande {donde}.",
                        "Hay un bache enorme en la calle {street}, se me ponchó una llanta.",
                        "Hay muchos baches en la calle {street} cerca de {place}.",
                        "El bache {donde} está cada vez más grande, es peligroso.")
                .vi("Có ổ gà lớn trên đường {street}, rất nguy hiểm.",
                        "Ổ gà sâu {o_dau}, xe tôi bị hư bánh.")
                .one("pothole", "Pothole", "potholes", "pot hole", "Big pothole"));

        m.put(Topic.ABANDONED_VEHICLE, new B()
                .en("Abandoned {colour} {make} parked {where} for {days}. {plate}",
                        "There is a {colour} {make} that hasn't moved in {days} {where}.",
                        "Abandoned vehicle {where}, flat tires and expired tags. {plate}",
                        "A {vehicle} has been sitting on {street} for {days}, windows broken.",
                        "Car abandoned in front of {addr}. {colour} {make}, {plate}.",
                        "Junk car on the street {where}, it's leaking oil.",
                        "Someone left a {colour} {vehicle} {where}, no plates, covered in leaves.",
                        "A {make} with a smashed windshield is parked {where} and nobody comes for it.",
                        "There is a boat trailer parked on {street} for {days}.",
                        "abandoned car {where} {plate} been there {days}")
                .detail("It has a flat tire.", "Looks like it was stolen.", "There's trash inside it.",
                        "People are sleeping in it at night.", "Street sweepers can't get by.",
                        "The tags expired in {year}.")
                .es("Hay un carro abandonado {donde} desde hace {dias}.",
                        "Un carro {color_es} lleva {dias} estacionado {donde} y no se mueve. {plate}",
                        "Dejaron una troca abandonada en la calle {street}, tiene las llantas ponchadas.")
                .vi("Có một chiếc xe bị bỏ lâu ngày {o_dau}, không ai di chuyển.")
                .one("abandoned car", "abandoned vehicle", "junk car", "Abandoned auto"));

        m.put(Topic.ENCAMPMENT, new B()
                .en("Homeless encampment {where} with {num} tents.",
                        "There is a homeless camp under the bridge on {street}.",
                        "Tents set up on the sidewalk {where}, blocking the path.",
                        "People living in tents near {place}, lots of trash and needles around.",
                        "Encampment growing along the creek behind {place}.",
                        "unhoused people camping {where}, there's a fire at night",
                        "Someone is sleeping in the doorway of {addr} every night.",
                        "Homeless camp in the park {where}, they need services.",
                        "Large encampment by {place}, shopping carts and tarps everywhere.")
                .detail("I'm worried about their safety in this weather.", "There was a fight last night.",
                        "Please send outreach, not police.", "Human waste on the sidewalk.",
                        "Kids walk by here to school.")
                .es("Hay personas sin hogar acampando {donde}.",
                        "Hay un campamento con casas de campaña cerca de {place}.")
                .one("encampment", "homeless camp", "tents", "Homeless"));

        m.put(Topic.NOISE, new B()
                .en("Loud music coming from {addr}, it's {time}!",
                        "My neighbors are having a party with loud music past {time}.",
                        "Loud party {where}. Bass is shaking our windows.",
                        "Noise complaint: {neighbour} playing music really loud {hours}.",
                        "Cars with loud stereos racing up and down {street} at night.",
                        "There's a party at {addr} every weekend, music until {time}.",
                        "Loud music and yelling {where}, can't sleep.",
                        "{neighbour} blasting music at {time} on a weeknight",
                        "Someone revving motorcycles {where} at {time}.",
                        "Bar on {street} has music outside way past closing time.",
                        "Construction noise starting at 5am {where}, is that allowed?",
                        "Party in the parking lot of {place} with speakers, very loud.")
                .detail("I have to work in the morning.", "We have a newborn baby.", "This happens every weekend.",
                        "I already asked them to turn it down.", "Police never come.", "It has been going on {hours}.")
                .es("Los vecinos tienen la música muy fuerte y ya son las {hora}.",
                        "Hay una fiesta con música muy alta {donde}, no podemos dormir.",
                        "Mucho ruido {donde} todos los fines de semana.",
                        "Música a todo volumen en la casa de al lado desde las 10 de la noche.")
                .vi("Hàng xóm mở nhạc quá lớn lúc nửa đêm, không ngủ được.",
                        "Tiếng ồn lớn mỗi tối cuối tuần {o_dau}.")
                .one("noise", "loud music", "Loud party", "Noise", "party noise"));

        m.put(Topic.FIREWORKS, new B()
                .en("Fireworks going off {where}, it's {time}.",
                        "People shooting fireworks in the street on {street}, very dangerous.",
                        "Illegal fireworks all night {where}. My dog is terrified.",
                        "Someone is setting off mortars and bottle rockets {where}.",
                        "Fireworks landing on roofs {where}, fire hazard!",
                        "Loud explosions, fireworks {where} every night this week.",
                        "fireworks being shot from the park at {place}",
                        "Big aerial fireworks {where} at {time}, debris all over my yard.",
                        "Neighbors lighting firecrackers in the street {hours}.",
                        "M80s going off {where}, sounds like gunshots.")
                .detail("The grass is dry, this is a fire hazard.", "I have a veteran with PTSD at home.",
                        "There's paper and burnt debris everywhere.", "Kids are lighting them.",
                        "It's way past {time}.", "My dog ran away last night because of it.")
                .es("Están tirando cohetes {donde}, es muy peligroso.",
                        "Cuetes y fuegos artificiales toda la noche {donde}, no dejan dormir.",
                        "Los vecinos están quemando cohetes en la calle {street}.")
                .vi("Hàng xóm bắn pháo hoa cả đêm {o_dau}, rất nguy hiểm.")
                .one("fireworks", "Fireworks", "firecrackers", "fire works"));

        m.put(Topic.MISSED_GARBAGE, new B()
                .en("Garbage was not picked up on {weekday} at {addr}.",
                        "Missed trash pickup on {street}, whole block was skipped.",
                        "Our trash cart was out by 6am and the truck never came.",
                        "Trash hasn't been collected in {days} {where}.",
                        "The garbage truck skipped our house again at {addr}.",
                        "Garbage not picked up this week. Cans are overflowing.",
                        "missed garbage pick up {where}",
                        "The truck came but only emptied half the carts on {street}.",
                        "Trash day was {weekday} and our cart is still full.",
                        "Second week in a row our garbage was missed at {addr}.")
                .detail("It's starting to smell.", "Raccoons got into it overnight.",
                        "The cart was at the curb with the lid closed.", "Our neighbors' carts were emptied.",
                        "Please send a truck back.")
                .es("No recogieron la basura {donde}.",
                        "El camión de la basura no pasó esta semana por la calle {street}.",
                        "Ya van {dias} y no recogen la basura en {addr}.")
                .vi("Xe rác chưa đến lấy rác tuần này {o_dau}.",
                        "Thùng rác nhà tôi không được đổ hôm qua.")
                .q("When is trash pickup on my street?", "What day is garbage pickup for {addr}?",
                        "Is trash pickup delayed because of the holiday?",
                        "Who do I call about my garbage not being picked up?")
                .qes("¿Cuándo pasan a recoger la basura?", "¿Qué día pasa el camión de la basura en la calle {street}?")
                .one("missed trash", "garbage", "trash not picked up", "Missed pickup", "trash"));

        m.put(Topic.MISSED_RECYCLING, new B()
                .en("Recycling was not picked up at {addr}.",
                        "Recycling truck skipped our street ({street}) this week.",
                        "Blue cart has not been emptied in {days}.",
                        "Missed recycling pickup {where}, cart was out on time.",
                        "Recycling wasn't collected on {weekday}, trash was.",
                        "They took the trash but left the recycling bin full again.",
                        "recycle bin not emptied {where}",
                        "Our recycling has been missed three weeks in a row.")
                .detail("The cardboard is getting wet.", "It is overflowing now.", "Is recycling still every other week?")
                .es("No recogieron el reciclaje {donde}.",
                        "El bote azul del reciclaje no lo vaciaron esta semana.")
                .q("Is recycling every week or every other week?", "What goes in the blue recycling cart?",
                        "Do you still pick up glass in recycling?")
                .qes("¿Qué día recogen el reciclaje?")
                .one("recycling", "missed recycling", "Recycling missed", "recycle"));

        m.put(Topic.BULK_PICKUP, new B()
                .en("I need a bulk item pickup for a {item} and a {item2} at {addr}.",
                        "Please schedule a bulky item pickup: {item}, {item2}.",
                        "Requesting large item collection for an old {item}.",
                        "Bulk pickup request - {item}, {item2} and {num} bags of yard waste.",
                        "We are moving out and need a {item} picked up from the curb at {addr}.",
                        "bulk pick up {item} {item2}",
                        "I scheduled a bulk pickup for {weekday} and they didn't come, the {item} is still out.",
                        "Need someone to pick up a {item} I put by the curb on {street}.")
                .detail("It's already at the curb.", "I called last week and nobody came.",
                        "Can you also take a {item2}?", "The doors are removed from the fridge.")
                .es("Necesito que recojan {cosa} y {cosa2} en {addr}.",
                        "Quiero programar una recolección de muebles grandes, tengo {cosa}.")
                .vi("Tôi muốn đặt lịch lấy đồ cũ: {do_vi}.")
                .q("When will my bulk pickup be scheduled?", "How do I schedule a bulk item pickup?",
                        "When will my bulk pickup be scheduled? I requested it {days} ago.",
                        "How many bulk pickups do I get per year?", "Do you pick up mattresses in bulk pickup?",
                        "Is there a fee for bulk item pickup?")
                .qes("¿Cuándo pasan a recoger los muebles grandes?", "¿Cómo pido que recojan un colchón viejo?")
                .one("bulk pickup", "Bulk item", "bulky items", "couch pickup"));

        m.put(Topic.STORM_DRAIN, new B()
                .en("Storm drain clogged {where}, street is flooding.",
                        "The storm drain {where} is blocked with leaves and the water is up to the curb.",
                        "Flooding at {street} and {cross} every time it rains.",
                        "Water is pooling in the intersection {where}, drain is backed up.",
                        "Street flooded {where}, water coming into our driveway.",
                        "catch basin is full of trash and leaves {where}",
                        "Big puddle across the whole road {where}, cars are stalling.",
                        "The drainage ditch behind {addr} is overflowing into yards.",
                        "Storm drain grate is missing {where}, dangerous hole.",
                        "After the storm the underpass on {street} is flooded again.")
                .detail("It freezes over at night.", "Water is getting into basements.",
                        "The drain hasn't been cleaned in years.", "Pedestrians have to walk in the street.")
                .es("La alcantarilla está tapada {donde} y la calle se inunda.",
                        "Se inunda la esquina de {street} y {cross} cada vez que llueve.")
                .vi("Cống thoát nước bị nghẹt, đường bị ngập khi trời mưa {o_dau}.")
                .one("flooding", "storm drain", "clogged drain", "Flooded street"));

        m.put(Topic.SIDEWALK_DAMAGE, new B()
                .en("Sidewalk is broken and raised {where}, trip hazard.",
                        "Tree roots lifted the sidewalk in front of {addr}, someone fell.",
                        "Cracked and uneven sidewalk along {street}.",
                        "Big gap in the sidewalk {where}, can't get a wheelchair through.",
                        "The curb ramp {where} is crumbling.",
                        "sidewalk damaged {where} by construction truck",
                        "Sidewalk panel sunk {num} inches {where}, water pools in it.",
                        "Broken concrete on the sidewalk near {place}, elderly residents walk here.")
                .detail("My neighbor tripped last week.", "I use a wheelchair and have to go in the street.",
                        "Who is responsible for fixing it, the city or the owner?")
                .es("La banqueta está rota {donde}, alguien se puede caer.",
                        "Las raíces del árbol levantaron la banqueta frente a {addr}.")
                .one("sidewalk", "broken sidewalk", "trip hazard", "Sidewalk"));

        m.put(Topic.TREE_TRIMMING, new B()
                .en("Tree branches hanging low over the sidewalk {where}, need trimming.",
                        "The {tree} in the parkway at {addr} needs to be trimmed, branches touching power lines.",
                        "City tree blocking the stop sign {where}.",
                        "Please trim the tree in front of {addr}, limbs over the street.",
                        "Branches blocking the streetlight on {street}.",
                        "tree trimming needed {where} - dead branches",
                        "Overhanging branches scraping trucks on {street}.",
                        "The {tree} by {place} has dead limbs that could fall.")
                .detail("It's been requested before.", "A big limb is cracked.", "Garbage trucks hit it every week.")
                .es("El árbol frente a {addr} necesita poda, las ramas tocan los cables.",
                        "Por favor poden el árbol {donde}, las ramas están muy bajas.")
                .q("Who is responsible for trimming the tree in front of my house?",
                        "How long does it take for the city to trim a tree?")
                .one("tree trimming", "trim tree", "branches", "Tree"));

        m.put(Topic.FALLEN_TREE, new B()
                .en("A tree fell across {street} {where}, road is blocked.",
                        "Large limb down after the storm {where}, blocking the sidewalk.",
                        "Fallen tree on top of a car at {addr}!",
                        "Big branch fell and is lying in the street {where}.",
                        "Tree down {where}, it took the power line with it.",
                        "limb down {where}",
                        "The {tree} in the park by {place} split in half and fell over the path.")
                .detail("Nobody is hurt.", "Cars are driving on the grass to get around it.",
                        "The wind last night was crazy.")
                .es("Se cayó un árbol {donde} y está bloqueando la calle.",
                        "Una rama grande se cayó sobre la banqueta {donde}.")
                .vi("Cây bị đổ chắn ngang đường {o_dau} sau cơn bão.")
                .one("tree down", "fallen tree", "limb down", "Tree fell"));

        m.put(Topic.OVERGROWN_VEGETATION, new B()
                .en("Overgrown weeds and tall grass at the vacant lot {where}.",
                        "The yard at {addr} hasn't been mowed in months, grass is {num} feet tall.",
                        "Weeds growing over the sidewalk {where}, can't walk through.",
                        "Overgrown bushes blocking the view at {street} and {cross}.",
                        "Tall grass and weeds in the median on {street}.",
                        "vacant house {where} overgrown with weeds, snakes and mosquitos",
                        "Vegetation overgrown along the fence line behind {place}.",
                        "Please mow the city lot next to {addr}, weeds are waist high.",
                        "Poison ivy and weeds taking over the alley off {street}.")
                .detail("There are snakes in it.", "It's a fire hazard in this heat.", "Mosquitoes are terrible.",
                        "Drivers can't see oncoming traffic.")
                .es("El zacate está muy alto en el lote baldío {donde}.",
                        "Hay mucha hierba y maleza {donde}, hay víboras.")
                .one("weeds", "tall grass", "overgrown lot", "Weeds", "mow"));

        m.put(Topic.DEAD_ANIMAL, new B()
                .en("Dead {animal} in the street {where}.",
                        "There is a dead {animal} on the sidewalk in front of {addr}.",
                        "Dead animal in the road on {street} near {cross}, please remove.",
                        "A dead {animal} has been in the gutter {where} for {days}, it smells.",
                        "dead {animal} {where}",
                        "Hit by car, dead {animal} in the middle of {street}.",
                        "Dead {animal} in the alley behind {addr}. Flies everywhere.")
                .detail("It smells really bad.", "Kids keep poking at it.", "It's in the bike lane.")
                .es("Hay un {animal_es} muerto en la calle {donde}.",
                        "Un {animal_es} muerto {donde}, ya huele muy mal.")
                .vi("Có {con_vat} chết trên đường {street}.")
                .one("dead animal", "dead cat", "dead raccoon", "Dead deer", "roadkill"));

        m.put(Topic.TRAFFIC_SIGNAL, new B()
                .en("Traffic light is out at {street} and {cross}.",
                        "Signal stuck on red {where}, cars running it.",
                        "The traffic signal {where} is flashing red in all directions.",
                        "Walk signal doesn't work at {street} & {cross}.",
                        "Left turn arrow not working at {street}/{cross}.",
                        "traffic lights out {where} - dangerous",
                        "The signal timing on {street} is way too short, only {num} cars get through.",
                        "Pedestrian button broken at the crosswalk by {place}.")
                .detail("Almost saw an accident.", "It's rush hour and traffic is backed up.",
                        "Someone needs to direct traffic.")
                .es("El semáforo no funciona en la esquina de {street} y {cross}.",
                        "El semáforo está en rojo todo el tiempo {donde}.")
                .one("traffic light out", "signal out", "Traffic signal", "stoplight"));

        m.put(Topic.STREET_SIGN, new B()
                .en("Stop sign knocked down {where}.",
                        "The stop sign at {street} and {cross} is missing.",
                        "Street name sign is turned around at {street} and {cross}.",
                        "stop sign down {where}!!",
                        "Speed limit sign bent over {where}, someone hit it.",
                        "The yield sign by {place} is covered by branches and faded.",
                        "No parking sign fell over on {street}.")
                .detail("Cars are blowing through the intersection.", "It's been down {days}.")
                .es("Tumbaron el letrero de alto {donde}.")
                .one("stop sign down", "sign down", "missing stop sign", "Sign"));

        m.put(Topic.PARKING_VIOLATION, new B()
                .en("Car parked in the bike lane {where} every day.",
                        "{colour} {make} parked in a handicap spot without a placard {where}.",
                        "Cars parked on both sides of {street}, fire trucks can't get through.",
                        "Someone parks on the sidewalk in front of {addr}. {plate}",
                        "Vehicle parked in the fire lane at {place}.",
                        "car parked too close to the hydrant {where}",
                        "Commercial truck parked overnight on a residential street {where}.",
                        "Cars double parked {where}, blocking the bus.",
                        "Someone parked across the crosswalk at {street} and {cross}.")
                .detail("This happens every night.", "I have a photo.", "Please ticket them.")
                .es("Hay carros estacionados en la banqueta {donde}.",
                        "Un carro {color_es} siempre se estaciona en el lugar de discapacitados.")
                .one("parking", "illegal parking", "Parked car", "bike lane blocked"));

        m.put(Topic.BLOCKED_DRIVEWAY, new B()
                .en("Someone is blocking my driveway at {addr}, I can't get out.",
                        "{colour} {make} blocking my driveway since {time}. {plate}",
                        "Car parked across my driveway {where}, need to get to work!",
                        "blocked driveway {addr} pls tow",
                        "A truck is parked blocking our driveway on {street} again.",
                        "Driveway blocked by a {colour} {vehicle}, I'm late for work.")
                .detail("This is the second time this week.", "I need to take my kid to school.",
                        "I knocked on doors, nobody knows whose car it is.")
                .es("Un carro está bloqueando la entrada de mi casa en {addr}.",
                        "Me tapan la cochera todos los días, no puedo sacar el carro.")
                .one("blocked driveway", "driveway blocked", "Blocked drive"));

        m.put(Topic.WATER_LEAK, new B()
                .en("Water leaking from the street {where}, has been running for {days}.",
                        "Water main break {where}, water gushing out of the ground.",
                        "There's water bubbling up through the pavement in front of {addr}.",
                        "Broken water pipe near the meter at {addr}.",
                        "Fire hydrant leaking {where}.",
                        "water leak {where} - lots of water wasted",
                        "Water running down {street} from a broken sprinkler line at {place}.",
                        "Low water pressure and water seeping from the curb {where}.")
                .detail("It's icing over at night.", "It's been days now.", "The water is clean, not sewer.")
                .es("Hay una fuga de agua {donde}.",
                        "Está saliendo agua de la calle frente a {addr} desde hace {dias}.")
                .vi("Ống nước bị rò rỉ {o_dau}, nước chảy ra đường.")
                .one("water leak", "leak", "Water main break", "hydrant leaking"));

        m.put(Topic.SEWER, new B()
                .en("Sewer smell coming from the manhole {where}.",
                        "Sewer backing up into our basement at {addr}!",
                        "Terrible sewage odor on {street} near {cross}.",
                        "Manhole cover overflowing with sewage {where}.",
                        "sewer odor {where} smells like rotten eggs",
                        "Toilet and drains backing up, I think the city line is clogged at {addr}.",
                        "The manhole cover {where} is loose and rattles every time a car goes over.")
                .detail("It's getting worse every day.", "We can't use our bathroom.", "There are flies everywhere.")
                .es("Huele muy feo a drenaje {donde}.",
                        "El drenaje se está regresando a mi casa en {addr}.")
                .one("sewer smell", "sewer backup", "Sewer", "manhole"));

        m.put(Topic.RODENTS, new B()
                .en("Rats everywhere in the alley behind {addr}.",
                        "Seeing rats running across the yard at night {where}.",
                        "Rodent problem at the vacant house {where}.",
                        "Huge rats coming from the restaurant dumpsters near {place}.",
                        "rats in the alley {where} need baiting",
                        "Mice and rats getting into homes on {street}, neighbors all have it.",
                        "Rat burrows along the fence {where}.")
                .detail("They're chewing through the trash carts.", "The neighbor leaves food out for cats.",
                        "I have small children.")
                .es("Hay muchas ratas en el callejón {donde}.",
                        "Las ratas se meten a las casas en la calle {street}.")
                .vi("Có nhiều chuột trong hẻm sau nhà {addr}.",
                        "Chuột chạy khắp nơi gần thùng rác {o_dau}.")
                .one("rats", "rodents", "Rats", "mice"));

        m.put(Topic.PARK_MAINTENANCE, new B()
                .en("Broken swing at the playground at {place}.",
                        "Trash cans overflowing at {place}.",
                        "The restrooms at {place} are locked again.",
                        "Park bench is broken at {place}.",
                        "Water fountain not working in the park {where}.",
                        "basketball hoop rim broken at {place}",
                        "Lights on the walking path at {place} are out.",
                        "Sprinklers at {place} have been running all day, flooding the field.")
                .detail("Kids got hurt.", "It's been like this since spring.", "There's broken glass too.")
                .es("Los columpios del parque en {place} están rotos.")
                .one("park", "playground", "park trash", "Park restroom"));

        m.put(Topic.SNOW_ICE, new B()
                .en("{street} hasn't been plowed, cars getting stuck.",
                        "Sidewalk {where} is a sheet of ice, someone is going to fall.",
                        "Snow plow blocked our driveway with a huge pile {where}.",
                        "Ice on the bridge on {street} needs salt.",
                        "The city never plowed our street ({street}) after the storm.",
                        "icy road {where} pls salt")
                .detail("School buses can't get through.", "My elderly neighbor can't get out.")
                .es("No han limpiado la nieve en la calle {street}.")
                .q("When will my street be plowed?", "Who is responsible for clearing snow on the sidewalk?")
                .one("snow", "ice", "plow", "Icy street"));

        m.put(Topic.STREET_SWEEPING, new B()
                .en("Street sweeper skipped our block on {street}.",
                        "Leaves and debris piling up in the gutter {where}, needs sweeping.",
                        "Broken glass all over the road {where} after an accident.",
                        "The street sweeper never comes down {street}.",
                        "gravel and sand all over the street {where}")
                .detail("The storm drains are getting clogged.", "Bikes keep getting flat tires.")
                .q("What day is street sweeping on {street}?", "When does street sweeping start this year?")
                .one("street sweeping", "sweeper", "glass in street"));

        m.put(Topic.ILLEGAL_VENDING, new B()
                .en("Unlicensed vendor selling food on the corner of {street} and {cross}.",
                        "People selling stuff out of a truck {where} every weekend.",
                        "Vendor set up on the sidewalk in front of {place}, blocking the path.",
                        "illegal street vendor {where}",
                        "Someone selling fireworks out of their garage at {addr}.")
                .detail("There's a lot of trash left behind.", "They have a generator running all day.")
                .one("vendor", "street vendor", "illegal vending"));

        m.put(Topic.SHOPPING_CARTS, new B()
                .en("Abandoned shopping carts {where}.",
                        "{num} shopping carts left on the sidewalk on {street}.",
                        "Shopping cart dumped in the creek by {place}.",
                        "shopping carts all over the bus stop {where}",
                        "Grocery carts from the store keep ending up in front of {addr}.")
                .detail("The store won't come get them.", "They roll into the street.")
                .one("shopping carts", "carts", "Shopping cart"));

        m.put(Topic.NEEDLES, new B()
                .en("Used needles on the ground {where}.",
                        "Syringes found in the playground at {place}!",
                        "Needles in the alley behind {addr}, kids play there.",
                        "found hypodermic needles {where} pls remove safely",
                        "Several syringes and drug trash by the bus stop {where}.")
                .detail("Please send someone with a sharps container.", "This is right by a school.")
                .one("needles", "syringes", "Needles"));

        m.put(Topic.BARKING_DOG, new B()
                .en("Dog at {addr} barks all day and all night.",
                        "Neighbor's {dog} barking nonstop {hours}.",
                        "barking dog {where} every morning at 5am",
                        "{neighbour} leave their dog outside barking {hours}.",
                        "Dogs barking constantly at {addr}, owners are never home.")
                .detail("I work nights and can't sleep.", "The dog has no shade or water.", "I've talked to them.")
                .es("El perro de los vecinos ladra toda la noche.",
                        "Hay un perro que ladra todo el día en {addr}.")
                .one("barking dog", "dog barking", "Barking"));

        m.put(Topic.LOOSE_DOG, new B()
                .en("Loose dog running around {where}, looks aggressive.",
                        "A {dog} off leash at {place} chased my kid.",
                        "Stray dogs on {street}, {num} of them.",
                        "People letting dogs off leash at {place} all the time.",
                        "dog loose {where} no collar",
                        "Pack of dogs roaming {where} going through trash.")
                .detail("It bit my neighbor's dog.", "It has no collar.", "I'm scared to walk my kids to school.")
                .es("Hay perros sueltos {donde}, son agresivos.")
                .one("loose dog", "stray dog", "Dog off leash"));

        m.put(Topic.CODE_ENFORCEMENT, new B()
                .en("The house at {addr} has junk and old cars all over the yard.",
                        "Property at {addr} is falling apart, broken windows and open doors.",
                        "Neighbor running an auto repair shop out of his driveway at {addr}.",
                        "Vacant house {where} is open, people going in and out.",
                        "Landlord at {addr} hasn't fixed the broken fence for {days}.",
                        "code violation {where} - trash piled on porch",
                        "Someone is living in an RV in the backyard at {addr}.",
                        "Building on {street} has an illegal addition going up without a permit.")
                .detail("It's an eyesore.", "It brings down property values.", "The owner lives out of state.")
                .es("La casa en {addr} está abandonada y llena de basura.")
                .q("How do I report a landlord who won't make repairs?")
                .one("code violation", "junk yard", "Code enforcement", "blight"));

        m.put(Topic.UTILITY_BILLING, new B()
                .en("My water bill is way too high this month, account {account}.",
                        "I was charged twice for my utility bill.",
                        "Billing error on my water and sewer bill, please call me.",
                        "My bill went from ${bill} to ${bill2} and nothing changed.",
                        "Autopay didn't go through and now I have a late fee.",
                        "The meter reading on my bill is wrong, account {account}.")
                .detail("Please call me back.", "I want the late fee removed.", "I've been on hold for an hour.")
                .es("Mi recibo del agua está muy alto este mes.",
                        "Me cobraron dos veces el recibo del agua, cuenta {account}.")
                .vi("Hóa đơn tiền nước tháng này cao quá, xin kiểm tra lại.")
                .q("How do I pay my water bill online?", "Why is my water bill so high?",
                        "When is my utility bill due?", "How do I set up autopay for my utility bill?",
                        "Who do I call about my water bill?", "Can I get a payment plan for my utility bill?",
                        "How do I start water service at a new address?")
                .qes("¿Dónde puedo pagar el recibo del agua?", "¿Por qué mi recibo del agua está tan alto?")
                .one("billing", "water bill", "bill question", "Utility bill"));

        m.put(Topic.PERMIT_QUESTION, new B()
                .en("I need information about a permit to build a fence at {addr}.",
                        "Want to put up a shed, need to know about permits.",
                        "Applying for a block party permit for {street}.",
                        "Need a permit for a dumpster in the street in front of {addr}.")
                .detail("Please email me the forms.", "What's the fee?")
                .q("Do I need a permit to build a fence?", "How do I get a block party permit?",
                        "How long does a building permit take?", "Do I need a permit to replace my water heater?",
                        "Where do I apply for a garage sale permit?", "Who do I call about a permit for a driveway?")
                .qes("¿Necesito permiso para construir una cerca?")
                .one("permit", "permit question", "Permits"));

        m.put(Topic.CART_REQUEST, new B()
                .en("Our trash cart was stolen, need a new one at {addr}.",
                        "Recycling cart is cracked and the lid broke off.",
                        "The garbage truck broke our cart, please replace.",
                        "New homeowner at {addr}, there are no carts here.",
                        "need a bigger recycling bin, ours is always full",
                        "Trash can has a hole in the bottom.")
                .detail("The wheels came off too.", "We moved in {days} ago.")
                .es("Necesito un bote de basura nuevo, el mío se rompió.",
                        "Se robaron mi bote de reciclaje en {addr}.")
                .q("How do I get a new recycling bin?", "How do I get a new trash can?",
                        "How do I get a new recycling bin? Ours was stolen.",
                        "Can I get a second recycling cart?", "Is there a charge for a replacement cart?")
                .qes("¿Cómo consigo un bote de reciclaje nuevo?")
                .one("new cart", "broken cart", "recycling bin", "trash can"));

        m.put(Topic.E_SCOOTER, new B()
                .en("Rental scooters dumped in the middle of the sidewalk {where}.",
                        "E-scooters blocking the curb ramp at {street} and {cross}, wheelchair can't pass.",
                        "{num} electric scooters left lying on the sidewalk {where}.",
                        "scooters blocking sidewalk {where} again",
                        "Someone riding an e-scooter on the sidewalk almost hit my kid near {place}.",
                        "Shared e-bikes and scooters piled up in front of {addr}, blocking my driveway.",
                        "Lime scooter thrown in the bushes {where}.",
                        "Scooter riders racing down {street} on the sidewalk.",
                        "E-scooter parked in the bus stop {where}, people can't get on the bus.",
                        "Who do I call to remove the scooters from {street}?")
                .detail("This started since the scooter program began.", "They are everywhere now.",
                        "Can the company come pick them up?", "Blind people trip over these.")
                .es("Hay patinetas eléctricas tiradas en la banqueta {donde}.",
                        "Los scooters eléctricos bloquean la rampa de la esquina {donde}.")
                .one("scooters", "e-scooter", "Scooters blocking sidewalk", "scooter"));

        m.put(Topic.OTHER, new B()
                .en("Bus shelter glass is shattered {where}.",
                        "The bench at the bus stop by {place} is broken.",
                        "Abandoned bike chained to the pole {where} for {days}.",
                        "Street name is misspelled on the sign at {street}.",
                        "Concern about speeding on {street}, need speed bumps.",
                        "A political sign left up for months {where}.",
                        "Power line hanging low over {street}.",
                        "Smoke from a neighbor burning trash at {addr}.")
                .detail("Not sure who to report this to.", "Please forward to the right department.")
                .one("other", "misc", "speeding", "question"));

        m.put(Topic.GENERAL_INQUIRY, new B()
                .en("I'd like to speak with someone about a problem on {street}.",
                        "Please have my council member call me about {street}.",
                        "I need to talk to someone in public works.",
                        "Requesting information about the city budget meeting.")
                .detail("Please call me back.", "I left a voicemail already.")
                .es("Quiero hablar con alguien sobre un problema en la calle {street}.")
                .q("What are City Hall's hours?", "Who do I call about a problem with my neighbor?",
                        "How do I contact my council member?", "Who do I call about a dead tree on private property?",
                        "Where can I drop off household hazardous waste?", "Is City Hall open on the holiday?",
                        "How do I report a problem that isn't listed?", "Who do I call about a power outage?",
                        "How do I get a copy of a police report?")
                .qes("¿Cuándo pasan a recoger la basura?", "¿A quién llamo para un problema con mi vecino?",
                        "¿Cuál es el horario de la alcaldía?", "¿Dónde puedo pagar una multa?")
                .one("question", "info", "call me", "Hello"));

        for (Topic t : Topic.values()) {
            if (!m.containsKey(t)) {
                throw new IllegalStateException("no phrases for " + t);
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Short-lived builder of one topic's lists, used only while the phrase book is assembled. */
    private static final class B {
        private final List<String> en = new ArrayList<>();
        private final List<String> detail = new ArrayList<>();
        private final List<String> es = new ArrayList<>();
        private final List<String> vi = new ArrayList<>();
        private final List<String> q = new ArrayList<>();
        private final List<String> qes = new ArrayList<>();

        B en(String... s) {
            en.addAll(Arrays.asList(s));
            return this;
        }

        B detail(String... s) {
            detail.addAll(Arrays.asList(s));
            return this;
        }

        B es(String... s) {
            es.addAll(Arrays.asList(s));
            return this;
        }

        B vi(String... s) {
            vi.addAll(Arrays.asList(s));
            return this;
        }

        B q(String... s) {
            q.addAll(Arrays.asList(s));
            return this;
        }

        B qes(String... s) {
            qes.addAll(Arrays.asList(s));
            return this;
        }

        PhraseSet one(String... s) {
            return new PhraseSet(en, detail, es, vi, q, qes, Arrays.asList(s));
        }
    }
}
