#include "doctors/specialties.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace medimeet::doctors {
namespace {

std::string code_of(const Specialty* specialty) { return specialty ? std::string(specialty->code) : "none"; }

TEST(SpecialtyCatalogue, CodesAreUniqueAndEveryEntryIsNamedInBothLanguages) {
  std::set<std::string_view> codes;
  for (const auto& specialty : specialty_catalogue()) {
    EXPECT_TRUE(codes.insert(specialty.code).second) << specialty.code;
    EXPECT_FALSE(specialty.name_fr.empty()) << specialty.code;
    EXPECT_FALSE(specialty.name_en.empty()) << specialty.code;
    EXPECT_EQ(find_specialty(specialty.code), &specialty);
  }
  EXPECT_EQ(find_specialty("astrology"), nullptr);
}

TEST(SpecialtyCatalogue, NamesAndWordsOfBothLanguagesNameTheSpecialty) {
  EXPECT_EQ(code_of(named_specialty("cardiology")), "cardiology");
  EXPECT_EQ(code_of(named_specialty("Cardiologie")), "cardiology");
  EXPECT_EQ(code_of(named_specialty("CARDIOLOGUE")), "cardiology");
  EXPECT_EQ(code_of(named_specialty("Cardiologist")), "cardiology");
  EXPECT_EQ(code_of(named_specialty("kinésithérapeute")), "physiotherapy");
  EXPECT_EQ(code_of(named_specialty("Médecin généraliste")), "general-practice");
  EXPECT_EQ(code_of(named_specialty("sage-femme")), "midwifery");
  EXPECT_EQ(code_of(named_specialty("cardi")), "none");  // a start is a search, not a name
  EXPECT_EQ(code_of(named_specialty("Astrologie")), "none");
}

TEST(SpecialtyCatalogue, ASearchTakesTheStartOfOnlyOneSpecialty) {
  EXPECT_EQ(code_of(match_specialty("cardi")), "cardiology");
  EXPECT_EQ(code_of(match_specialty("dermato")), "dermatology");
  EXPECT_EQ(code_of(match_specialty("ophtal")), "ophthalmology");
  EXPECT_EQ(code_of(match_specialty("ortho")), "none");  // orthodontics, orthopaedics, orthophonie
  EXPECT_EQ(code_of(match_specialty("ca")), "none");     // too short to mean one
  EXPECT_EQ(code_of(match_specialty("psy")), "psychology");  // a word of its own
}

}  // namespace
}  // namespace medimeet::doctors
