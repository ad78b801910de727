package be.stroomplan.subjects.synthetic;

import java.util.List;
import java.util.Map;

/** The names, streets and codes the generator draws from. */
final class NameLists {

    private NameLists() {
    }

    static final Map<Origin, List<String>> MEN = Map.of(
            Origin.FLEMISH, List.of("Jan", "Peter", "Koen", "Bart", "Tom", "Wouter", "Jef", "Dirk", "Luc", "Stijn", "Pieter",
                    "Joris", "Wim", "Kris", "Geert", "Jozef", "Frans", "Lucas", "Arne", "Seppe", "Jens", "Ruben"),
            Origin.WALLOON, List.of("Jean", "Pierre", "Michel", "Philippe", "Jean-Pierre", "François", "Olivier", "Benoît",
                    "Christophe", "Jérôme", "Sébastien", "Maxime"),
            Origin.MOROCCAN, List.of("Mohamed", "Mohammed", "Ahmed", "Youssef", "Rachid", "Mustapha", "Abdelkader", "Said",
                    "Karim", "Hamza", "Bilal", "Yassine", "Soufiane", "Ilyas", "Driss", "Hicham", "Nabil", "Zakaria",
                    "Noureddine", "Abdellah", "Khalid", "Omar", "Ayoub", "Redouane", "Othmane", "Younes", "Ismail"),
            Origin.TURKISH, List.of("Mehmet", "Ahmet", "Mustafa", "Hüseyin", "Hasan", "İbrahim", "Yusuf", "Ömer", "Murat",
                    "Emre", "Burak", "Kemal", "Osman", "Şükrü", "Recep", "Cemal", "Fatih", "Serkan", "Hakan", "Orhan"),
            Origin.ALBANIAN, List.of("Arben", "Besnik", "Agron", "Ardit", "Fatmir", "Bujar", "Driton", "Valon", "Ilir",
                    "Blerim", "Gëzim", "Mergim", "Xhevdet", "Arbër", "Dritan"),
            Origin.DUTCH, List.of("Jeroen", "Sander", "Maarten", "Bas", "Thijs", "Daan", "Sven", "Niels", "Martijn",
                    "Rutger", "Joost", "Hendrik", "Willem"));

    static final Map<Origin, List<String>> WOMEN = Map.of(
            Origin.FLEMISH, List.of("An", "Els", "Sofie", "Katrien", "Lieve", "Marie", "Ann", "Hilde", "Griet", "Inge",
                    "Lotte", "Emma", "Nele", "Veerle", "Liesbeth", "Marleen", "Fien", "Lies"),
            Origin.WALLOON, List.of("Marie", "Isabelle", "Nathalie", "Sophie", "Céline", "Véronique", "Anne-Sophie",
                    "Françoise", "Hélène", "Chloé", "Aurélie"),
            Origin.MOROCCAN, List.of("Fatima", "Khadija", "Aicha", "Naima", "Zineb", "Meryem", "Salma", "Imane", "Hafsa",
                    "Nadia", "Samira", "Loubna", "Chaimae", "Houda", "Soumaya", "Hanane", "Ikram", "Malika", "Fadma"),
            Origin.TURKISH, List.of("Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Özlem", "Meryem", "Esra", "Merve",
                    "Büşra", "Sultan", "Gülsüm", "Kübra", "Hülya"),
            Origin.ALBANIAN, List.of("Arta", "Blerta", "Drita", "Fjolla", "Valbona", "Mimoza", "Teuta", "Vjosa", "Lirije",
                    "Shqipe", "Hatixhe", "Bukurije", "Donjeta"),
            Origin.DUTCH, List.of("Anouk", "Sanne", "Femke", "Marloes", "Eva", "Lotte", "Ilse", "Mirjam", "Janneke", "Esther",
                    "Willemijn"));

    static final Map<Origin, List<String>> FAMILIES = Map.of(
            Origin.FLEMISH, List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens",
                    "Wouters", "De Smet", "Van den Broeck", "Van der Berghe", "Vermeulen", "Van Damme", "De Vos", "Hermans",
                    "Dubois", "Verstraeten", "Van Dyck", "Aerts", "De Backer", "Van de Velde", "Michiels", "Verbeke",
                    "D'Hondt", "Van Aken", "Segers", "Smets", "Ter Borcht", "Van Hoof"),
            Origin.WALLOON, List.of("Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Lefèbvre", "Leroy",
                    "Du Pont", "Renard", "Delacroix", "Collignon", "Dethier", "Piérard"),
            Origin.MOROCCAN, List.of("El Amrani", "El Idrissi", "Benali", "Ben Ali", "Bouzid", "El Khattabi", "Ait Ouaziz",
                    "Zerouali", "Tahiri", "El Ouahabi", "Ouchane", "Boukhari", "Azzouzi", "El Hammouchi", "Ahrouch",
                    "Bouhaddou", "Ennaji", "Charkaoui", "El Mokhtari", "Amrani", "Ait Taleb", "Boutaleb", "Chaouki",
                    "El Bakkali", "Laghmouchi"),
            Origin.TURKISH, List.of("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir",
                    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Güneş"),
            Origin.ALBANIAN, List.of("Hoxha", "Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Kelmendi", "Bytyqi",
                    "Hasani", "Rexhepi", "Shehu", "Çela", "Leka", "Dervishi"),
            Origin.DUTCH, List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
                    "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "van der Meer", "van Leeuwen"));

    /** Other spellings a clerk might write for a name (transliteration variants). */
    static final Map<String, List<String>> SPELLINGS = Map.ofEntries(
            Map.entry("Mohamed", List.of("Mohammed", "Muhammad", "Mohammad", "Mouhamed")),
            Map.entry("Mohammed", List.of("Mohamed", "Muhammed", "Mohamad")),
            Map.entry("Ahmed", List.of("Ahmad", "Ahmet", "Achmed")),
            Map.entry("Youssef", List.of("Yusuf", "Youssouf", "Yousef", "Youcef")),
            Map.entry("Rachid", List.of("Rashid", "Rachied")),
            Map.entry("Mustapha", List.of("Mustafa", "Moustafa", "Mostafa")),
            Map.entry("Abdelkader", List.of("Abdel Kader", "Abd El Kader", "Abdulkadir")),
            Map.entry("Said", List.of("Saïd", "Saeed")),
            Map.entry("Yassine", List.of("Yasin", "Yassin", "Yacine")),
            Map.entry("Soufiane", List.of("Sofiane", "Soufian")),
            Map.entry("Ilyas", List.of("Ilias", "Ilyass")),
            Map.entry("Driss", List.of("Idriss", "Idris")),
            Map.entry("Hicham", List.of("Hisham")),
            Map.entry("Zakaria", List.of("Zakariya", "Zakariae")),
            Map.entry("Noureddine", List.of("Nourdine", "Nordin", "Nureddin")),
            Map.entry("Abdellah", List.of("Abdallah", "Abdullah")),
            Map.entry("Khalid", List.of("Khaled", "Chalid")),
            Map.entry("Omar", List.of("Oumar", "Umar")),
            Map.entry("Ayoub", List.of("Ayub")),
            Map.entry("Redouane", List.of("Ridwan", "Redwan")),
            Map.entry("Othmane", List.of("Othman", "Osman")),
            Map.entry("Younes", List.of("Yunus", "Younis")),
            Map.entry("Ismail", List.of("Ismaïl", "Ismael")),
            Map.entry("Fatima", List.of("Fatimah", "Fatma")),
            Map.entry("Khadija", List.of("Khadidja", "Kadija")),
            Map.entry("Aicha", List.of("Aïcha", "Aisha", "Aysha")),
            Map.entry("Zineb", List.of("Zaynab", "Zeineb")),
            Map.entry("Meryem", List.of("Meriem", "Maryam")),
            Map.entry("Chaimae", List.of("Chaima", "Shaima")),
            Map.entry("Mehmet", List.of("Mehmed", "Mohamed")),
            Map.entry("Ahmet", List.of("Ahmed")),
            Map.entry("Hüseyin", List.of("Huseyin", "Hussein")),
            Map.entry("İbrahim", List.of("Ibrahim", "Brahim")),
            Map.entry("Ömer", List.of("Omer", "Omar")),
            Map.entry("Şükrü", List.of("Sukru", "Shukru")),
            Map.entry("Ayşe", List.of("Ayse", "Aysha")),
            Map.entry("Gëzim", List.of("Gezim")),
            Map.entry("Arbër", List.of("Arber")),
            Map.entry("Xhevdet", List.of("Dzevdet", "Cevdet")),
            Map.entry("Hatixhe", List.of("Hatice", "Hatidje")),
            Map.entry("El Amrani", List.of("Elamrani", "El-Amrani", "Al Amrani")),
            Map.entry("El Idrissi", List.of("Elidrissi", "El-Idrissi", "Idrissi")),
            Map.entry("Benali", List.of("Ben Ali", "Ben-Ali")),
            Map.entry("Ben Ali", List.of("Benali", "Ibn Ali")),
            Map.entry("El Khattabi", List.of("Elkhattabi", "El Chattabi")),
            Map.entry("Ait Ouaziz", List.of("Aït Ouaziz", "Ait-Ouaziz", "Aitouaziz")),
            Map.entry("Ait Taleb", List.of("Aït Taleb", "Aittaleb")),
            Map.entry("El Ouahabi", List.of("El Wahabi", "Elouahabi")),
            Map.entry("Ouchane", List.of("Uchane", "Ouchan")),
            Map.entry("Boukhari", List.of("Bouchari", "Bukhari")),
            Map.entry("El Hammouchi", List.of("El Hamouchi", "Elhammouchi")),
            Map.entry("Charkaoui", List.of("Cherkaoui", "Sharkaoui")),
            Map.entry("El Mokhtari", List.of("El Mochtari", "Elmokhtari")),
            Map.entry("El Bakkali", List.of("El Bakali", "Elbakkali")),
            Map.entry("Yılmaz", List.of("Yilmaz")),
            Map.entry("Şahin", List.of("Sahin", "Shahin")),
            Map.entry("Çelik", List.of("Celik", "Tchelik")),
            Map.entry("Öztürk", List.of("Ozturk", "Oeztuerk")),
            Map.entry("Doğan", List.of("Dogan", "Doan")),
            Map.entry("Kılıç", List.of("Kilic", "Kilich")),
            Map.entry("Güneş", List.of("Gunes", "Guenes")),
            Map.entry("Çela", List.of("Cela")),
            Map.entry("Van den Broeck", List.of("Vandenbroeck", "Van Den Broeck")),
            Map.entry("Van der Berghe", List.of("Vanderberghe", "Van Der Berghe")),
            Map.entry("De Smet", List.of("Desmet")),
            Map.entry("De Vos", List.of("Devos")),
            Map.entry("De Backer", List.of("Debacker")),
            Map.entry("Van de Velde", List.of("Vandevelde", "Van De Velde")),
            Map.entry("D'Hondt", List.of("Dhondt", "D’Hondt")),
            Map.entry("Du Pont", List.of("Dupont")),
            Map.entry("Lefèbvre", List.of("Lefebvre")),
            Map.entry("van den Berg", List.of("Vandenberg", "Van Den Berg")),
            Map.entry("van der Meer", List.of("Vandermeer")));

    /** Antwerp districts: postcode, municipality, streets. */
    record District(String postcode, String municipality, List<String> streets) {
    }

    static final List<District> DISTRICTS = List.of(
            new District("2000", "Antwerpen", List.of("Meir", "Groenplaats", "Lange Nieuwstraat", "Kammenstraat",
                    "Nationalestraat", "Hoogstraat", "Oudaan", "Lange Koepoortstraat", "Sint-Paulusstraat", "Falconplein",
                    "Vleminckveld", "Kloosterstraat", "Suikerrui")),
            new District("2018", "Antwerpen", List.of("De Keyserlei", "Pelikaanstraat", "Lange Kievitstraat", "Van Eycklei",
                    "Mercatorstraat", "Belgiëlei", "Lange Leemstraat", "Provinciestraat", "Simonsstraat", "Plantin en Moretuslei")),
            new District("2020", "Antwerpen", List.of("Sint-Bernardsesteenweg", "Abdijstraat", "Kielsevest", "Vogelzanglaan",
                    "De Bosschaertstraat", "Kolonel Silvertopstraat", "Jan De Voslei")),
            new District("2060", "Antwerpen", List.of("Handelstraat", "Lange Beeldekensstraat", "Offerandestraat",
                    "Diepestraat", "Sint-Willibrordusstraat", "Kerkstraat", "Stuivenbergplein", "Lange Zavelstraat",
                    "Dambruggestraat", "Carnotstraat", "Lange Kongostraat", "Pothoekstraat")),
            new District("2140", "Borgerhout", List.of("Turnhoutsebaan", "Kroonstraat", "Collegelaan", "Te Boelaerlei",
                    "Drink", "Reuzenpijpstraat", "Gitschotellei", "Moorkensplein", "Helmstraat")),
            new District("2100", "Deurne", List.of("Herentalsebaan", "Bisschoppenhoflaan", "Lakborslei", "Ten Eekhovelei",
                    "Gallifortlei", "Hooftvunderlei", "Frans Beirenslaan", "Turnhoutsebaan")),
            new District("2170", "Merksem", List.of("Bredabaan", "Ter Heydelaan", "Laaglandlaan", "Lambrechtshoekenlaan",
                    "Terlindenhofstraat", "Maantjessteenweg")),
            new District("2660", "Hoboken", List.of("Kioskplaats", "Sint-Bernardsesteenweg", "Kapelstraat", "Lageweg",
                    "Heideveldstraat", "De Robianostraat", "Antwerpsesteenweg")),
            new District("2610", "Wilrijk", List.of("Boomsesteenweg", "Kleine Doornstraat", "Bist", "Heistraat", "Doornstraat",
                    "Prins Boudewijnlaan", "Valaarstraat", "Edegemsesteenweg")),
            new District("2600", "Berchem", List.of("Grotesteenweg", "Statiestraat", "Driekoningenstraat", "Uitbreidingstraat",
                    "Diksmuidelaan", "Floraliënlaan", "Fruithoflaan", "Kardinaal Cardijnstraat")),
            new District("2180", "Ekeren", List.of("Kapelsesteenweg", "Veltwijcklaan", "Hoogboomsteenweg", "Prinshoeveweg",
                    "Geestenspoor", "Kloosterstraat")),
            new District("2040", "Berendrecht-Zandvliet-Lillo", List.of("Dorpsstraat", "Kapelstraat", "Zandvlietsesteenweg",
                    "Berendrechtsestraat", "Kerkstraat")));

    /** Relative weights of the districts (the central districts are the most populous). */
    static final double[] DISTRICT_WEIGHTS = { 1.0, 1.2, 1.2, 1.5, 1.0, 1.2, 1.0, 0.8, 0.9, 0.9, 0.6, 0.2 };

    /** Belgian bank codes (the first three digits of a Belgian account number). */
    static final int[] BANK_CODES = { 1, 63, 68, 310, 363, 539, 735, 737, 751, 973 };

    static final List<String> MAIL_DOMAINS = List.of("telenet.be", "gmail.com", "hotmail.com", "outlook.be", "proximus.be",
            "skynet.be", "live.be", "yahoo.fr");

    /** Owner codes with the category letter U. */
    static final List<String> CONTAINER_OWNERS = List.of("MSCU", "MAEU", "CMAU", "HLXU", "OOLU", "COSU", "CSQU", "TGHU",
            "EGHU", "ONEU", "MEDU", "TCNU");

    static final Map<Sector, List<String>> COMPANY_PATTERNS = Map.of(
            Sector.CAR_WASH, List.of("Carwash %s", "%s Car Cleaning", "Car Wash %s", "Handwash %s"),
            Sector.NIGHT_SHOP, List.of("Nachtwinkel %s", "Night Shop %s", "Superette %s", "%s Night & Day"),
            Sector.IMPORT_EXPORT, List.of("%s Import Export", "%s Trading", "%s International", "Euro %s Trade"),
            Sector.LOGISTICS, List.of("%s Logistics", "%s Transport", "%s Shipping", "%s Forwarding"),
            Sector.HOSPITALITY, List.of("Café %s", "Brasserie %s", "Restaurant %s", "Lounge %s", "Grill %s"),
            Sector.REAL_ESTATE, List.of("%s Vastgoed", "Immo %s", "%s Real Estate", "%s Patrimonium"));

    static final List<String> COMPANY_WORDS = List.of("Noord", "Zuid", "Schelde", "Haven", "Atlas", "Rif", "Anatolia",
            "Diamant", "Scaldis", "Kiel", "Seefhoek", "Dam", "Centraal", "Express", "Golden", "Royal", "Star", "Phoenix",
            "Delta", "Euro", "Sahara", "Bosporus", "Iliria", "Meir", "Linkeroever", "Sint-Anna");

    static final List<String> LEGAL_FORMS = List.of("BV", "BV", "BV", "NV", "VOF", "CommV");
}
