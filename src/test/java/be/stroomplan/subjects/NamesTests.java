package be.stroomplan.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name normalisation, variants and similarity on names as Antwerp records write them. */
class NamesTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mohamed El Amrani          | Mohammed Elamrani
            Mohamed El Amrani          | EL AMRANI Mohamed
            Mohamed El Amrani          | Muhammad Al-Amrani
            Mehmet Yılmaz              | Mohamed Yilmaz
            Jan Van der Berghe         | JAN VANDERBERGHE
            Jan Van der Berghe         | Van Der Berghe Jan
            Lieve De Smet              | Lieve Desmet
            Jean-Pierre Dupont         | Jean Pierre Du Pont
            Youssef Ait Ouaziz         | Yusuf Aït-Ouaziz
            Youssef Ait Ouaziz         | Youssef Aitouaziz
            Khadija Boukhari           | Khadija Bouchari
            Şükrü Öztürk               | Sukru Ozturk
            Ayşe Çelik                 | Aysha Celik
            Gëzim Hoxha                | Gezim Hoxha
            Rachid Ben Ali             | Rashid Benali
            Rachid Ben Ali             | Rachid Ibn Ali
            Abdelkader Zerouali        | Abd El Kader Zerouali
            Abdelkader Zerouali        | Abdulkadir Zerouali
            Mustapha Ouchane           | Mustafa Uchane
            Walid Ouahabi              | Oualid Wahabi
            Fatimah Ennaji             | Fatima Enaji
            D’Hondt Marie              | Marie Dhondt
            """)
    void spellingsOfOneNameShareTheCanonicalKey(String a, String b) {
        assertThat(Names.keys(a).canonical()).isEqualTo(Names.keys(b).canonical());
        assertThat(Names.similarity(a, b)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Youssef Peeters            | Joseph Peeters
            Youssef El Idrissi         | Youssef Idrissi
            Yassine Bouzid             | Yasin Bouzit
            Hussein Demir              | Huseyin Demir
            Ibrahim Tahiri             | Abraham Tahiri
            Ilyas Amrani               | Elias Amrani
            Fatima Amrani              | Fatma Amrani
            """)
    void looserSpellingsShareABlockingKey(String a, String b) {
        NameKeys first = Names.keys(a);
        NameKeys second = Names.keys(b);
        boolean phonetic = first.phonetic().stream().anyMatch(second.phonetic()::contains);
        assertThat(first.sharesVariantWith(second) || phonetic).as("%s / %s", first, second).isTrue();
        assertThat(Names.similarity(first, second)).isGreaterThan(0.85);
    }

    @Test
    void givenAndFamilyNamesGivenSeparately() {
        NameKeys separate = Names.keys("Mohamed", "El Amrani");
        assertThat(separate.normalised()).isEqualTo("mohamed elamrani");
        assertThat(separate.canonical()).isEqualTo(Names.keys("El Amrani Mohamed").canonical());
        // a given name that is also a particle stays a given name
        assertThat(Names.keys("Ben", "Peeters").normalised()).isEqualTo("ben peeters");
        assertThat(Names.keys("Ben Peeters").normalised()).isEqualTo("ben peeters");
        assertThat(Names.keys("Mohamed Ben Ali").normalised()).isEqualTo("mohamed benali");
        assertThat(Names.keys("Ben Ali Mohamed").normalised()).isEqualTo("benali mohamed");
    }

    @Test
    void normalisationFoldsCaseDiacriticsAndParticles() {
        assertThat(Names.normalise("  Jan   VAN DER Berghe ")).isEqualTo("jan vanderberghe");
        assertThat(Names.normalise("Peeters-Janssens, Marie-José")).isEqualTo("peeters janssens marie jose");
        assertThat(Names.normalise("François Léonard")).isEqualTo("francois leonard");
        assertThat(Names.normalise("Agnès ter Borcht")).isEqualTo("agnes terborcht");
        assertThat(Names.normalise("Ömer Güneş")).isEqualTo("omer gunes");
        assertThat(Names.normalise("Arbër Çela")).isEqualTo("arber cela");
        assertThat(Names.normalise("Van")).isEqualTo("van");
        assertThat(Names.keys("").isEmpty()).isTrue();
        assertThat(Names.keys("—").isEmpty()).isTrue();
    }

    @Test
    void phoneticKeysIgnoreTheOrderOfNames() {
        assertThat(Names.keys("Mohamed El Amrani").phonetic()).containsAnyElementsOf(Names.keys("EL AMRANI Mohammed").phonetic());
        assertThat(Names.keys("Peeters Jan").phonetic()).isEqualTo(Names.keys("Jan Pieters").phonetic());
    }

    @Test
    void similarityRanksTyposAboveDifferentPeople() {
        double typo = Names.similarity("Mohamed El Amrani", "Mohamed El Amrnai");
        double missingMiddle = Names.similarity("Mohamed Ali El Amrani", "Mohamed El Amrani");
        double otherFamily = Names.similarity("Mohamed El Amrani", "Mohamed Benali");
        double otherPerson = Names.similarity("Jan Peeters", "Fatima Zerouali");
        assertThat(typo).isGreaterThan(0.9);
        assertThat(missingMiddle).isGreaterThan(0.8);
        assertThat(otherFamily).isLessThan(typo).isLessThan(missingMiddle);
        assertThat(otherPerson).isLessThan(0.6);
        assertThat(Names.similarity("Jan Peeters", "Peeters Jan")).isEqualTo(1.0);
        assertThat(Names.similarity("Jan Peeters", "")).isZero();
    }
}
