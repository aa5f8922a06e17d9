package org.edubalance.core.demo;

import java.util.ArrayList;
import java.util.List;
import org.edubalance.core.county.CountyInputs;
import org.edubalance.core.school.SchoolYear;

/**
 * Generates one synthetic county for consecutive years from the county's own random stream, so the county comes out
 * the same whichever scale it is generated in and the first year is the same however many years follow.
 */
final class CountyGenerator {
    private CountyGenerator() {}

    /**
     * The county's rows and inputs.
     *
     * @param rowsByYear the school rows of each year, in school-code order
     * @param inputsByYear the county inputs of each year
     */
    record Output(List<List<SchoolYear>> rowsByYear, List<CountyInputs> inputsByYear) {}

    static Output generate(DemoCounty county, long generatorSeed, int firstYear, int years) {
        RandomDraws draws = new RandomDraws(county.seed(generatorSeed));
        CountyCharacter character = CountyCharacter.draw(draws);
        List<SchoolProfile> profiles = CountyLayout.schoolsOf(county, draws);
        List<SchoolState> schools = new ArrayList<>(profiles.size());
        for (SchoolProfile profile : profiles) {
            schools.add(SchoolState.draw(profile, character, draws));
        }
        CountyInputsGenerator inputs = new CountyInputsGenerator(county.county().code(), firstYear, draws);
        List<List<SchoolYear>> rowsByYear = new ArrayList<>(years);
        List<CountyInputs> inputsByYear = new ArrayList<>(years);
        for (int y = 0; y < years; y++) {
            if (y > 0) {
                for (SchoolState school : schools) {
                    school.advance(character, draws);
                }
            }
            int year = firstYear + y;
            List<SchoolYear> rows = new ArrayList<>(schools.size());
            for (SchoolState school : schools) {
                rows.add(school.toSchoolYear(year, county.county(), character));
            }
            rowsByYear.add(rows);
            inputsByYear.add(inputs.inputsFor(year, rows, draws));
        }
        return new Output(rowsByYear, inputsByYear);
    }
}
