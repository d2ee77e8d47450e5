#include "doctors/specialties.hpp"

#include <algorithm>
#include <array>

#include "common/search_text.hpp"

namespace medimeet::doctors {
namespace {

constexpr std::array<Specialty, 30> kCatalogue = {{
    {"allergology", "Allergologie", "Allergology", true, "allergologue|allergologist|allergie|allergy"},
    {"cardiology", "Cardiologie", "Cardiology", true, "cardiologue|cardiologist|cardio|coeur|heart"},
    {"dental-surgery", "Chirurgie dentaire", "Dentistry", true, "dentiste|dentist|dents|teeth|chirurgien-dentiste"},
    {"dermatology", "Dermatologie", "Dermatology", true, "dermatologue|dermatologist|dermato|peau|skin"},
    {"dietetics", "Diététique", "Dietetics", false, "dieteticien|dieteticienne|dietitian|nutritionniste|nutritionist|nutrition"},
    {"endocrinology", "Endocrinologie", "Endocrinology", true, "endocrinologue|endocrinologist|diabete|diabetes|thyroide|thyroid"},
    {"gastroenterology", "Gastro-entérologie", "Gastroenterology", true, "gastro-enterologue|gastroenterologue|gastroenterologist|gastro"},
    {"general-practice", "Médecine générale", "General practice", true, "medecin generaliste|generaliste|medecin traitant|general practitioner|gp|family doctor"},
    {"gynecology", "Gynécologie", "Gynaecology", true, "gynecologue|gynecologist|gynaecologist|gyneco|gynecology"},
    {"midwifery", "Sage-femme", "Midwifery", false, "sage-femme|sages-femmes|maieuticien|midwife"},
    {"nephrology", "Néphrologie", "Nephrology", true, "nephrologue|nephrologist|rein|kidney"},
    {"neurology", "Neurologie", "Neurology", true, "neurologue|neurologist|neuro"},
    {"nursing", "Soins infirmiers", "Nursing", false, "infirmier|infirmiere|nurse"},
    {"ophthalmology", "Ophtalmologie", "Ophthalmology", true, "ophtalmologue|ophtalmologiste|ophthalmologist|ophtalmo|yeux|eyes"},
    {"orthodontics", "Orthodontie", "Orthodontics", true, "orthodontiste|orthodontist"},
    {"orthopaedics", "Chirurgie orthopédique", "Orthopaedic surgery", true, "orthopediste|orthopedist|orthopedic surgeon|orthopedie"},
    {"osteopathy", "Ostéopathie", "Osteopathy", false, "osteopathe|osteopath|osteo"},
    {"ent", "ORL", "Ear, nose and throat", true, "oto-rhino-laryngologie|oto-rhino-laryngologiste|otorhinolaryngologist|otolaryngology|orl"},
    {"paediatrics", "Pédiatrie", "Paediatrics", true, "pediatre|paediatrician|pediatrician|pediatrics|enfant|child"},
    {"physiotherapy", "Kinésithérapie", "Physiotherapy", false, "kine|kinesitherapeute|masseur-kinesitherapeute|physiotherapist|physio|physical therapy"},
    {"podiatry", "Podologie", "Podiatry", false, "podologue|pedicure-podologue|podiatrist|chiropodist"},
    {"psychiatry", "Psychiatrie", "Psychiatry", true, "psychiatre|psychiatrist"},
    {"psychology", "Psychologie", "Psychology", false, "psychologue|psychologist|psy|psychotherapeute|psychotherapist"},
    {"pulmonology", "Pneumologie", "Pulmonology", true, "pneumologue|pulmonologist|poumons|lungs"},
    {"radiology", "Radiologie", "Radiology", true, "radiologue|radiologist|radio|imagerie|imaging|x-ray"},
    {"rheumatology", "Rhumatologie", "Rheumatology", true, "rhumatologue|rheumatologist|rhumato"},
    {"speech-therapy", "Orthophonie", "Speech therapy", false, "orthophoniste|speech therapist|speech and language therapist"},
    {"sports-medicine", "Médecine du sport", "Sports medicine", true, "medecin du sport|sports doctor|sport"},
    {"urology", "Urologie", "Urology", true, "urologue|urologist"},
    {"geriatrics", "Gériatrie", "Geriatrics", true, "geriatre|geriatrician|gerontologie|personnes agees|elderly"},
}};

// Calls `visit` with each form a specialty is known by, folded: code, both names, each word.
template <class Visit>
bool any_form(const Specialty& specialty, Visit visit) {
  if (visit(std::string(specialty.code)) || visit(fold_for_search(specialty.name_fr)) ||
      visit(fold_for_search(specialty.name_en))) {
    return true;
  }
  for (std::size_t start = 0; start <= specialty.words.size();) {
    auto end = specialty.words.find('|', start);
    if (end == std::string_view::npos) end = specialty.words.size();
    if (visit(std::string(specialty.words.substr(start, end - start)))) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

std::span<const Specialty> specialty_catalogue() { return kCatalogue; }

const Specialty* find_specialty(std::string_view code) {
  auto found = std::find_if(kCatalogue.begin(), kCatalogue.end(), [&](const Specialty& s) { return s.code == code; });
  return found == kCatalogue.end() ? nullptr : &*found;
}

bool carries_doctor_title(const std::optional<std::string>& code) {
  const auto* specialty = code ? find_specialty(*code) : nullptr;
  return specialty != nullptr && specialty->doctor_title;
}

const Specialty* named_specialty(std::string_view typed) {
  const auto term = fold_for_search(typed);
  for (const auto& specialty : kCatalogue) {
    if (any_form(specialty, [&](const std::string& form) { return form == term; })) return &specialty;
  }
  return nullptr;
}

const Specialty* match_specialty(std::string_view typed) {
  if (const auto* named = named_specialty(typed)) return named;
  const auto term = fold_for_search(typed);
  if (term.size() < 3) return nullptr;
  const Specialty* only = nullptr;
  for (const auto& specialty : kCatalogue) {
    if (any_form(specialty, [&](const std::string& form) { return form.starts_with(term); })) {
      if (only != nullptr) return nullptr;  // "derm" is one specialty, "psy" three
      only = &specialty;
    }
  }
  return only;
}

}  // namespace medimeet::doctors
