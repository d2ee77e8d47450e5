#include "i18n/message_catalogue.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace medimeet::i18n {
namespace {

struct Translations {
  Message message;
  std::string_view en;
  std::string_view fr;
};

// In the order of the enum (checked below). French follows French typography: a space before
// ":" and "?", "1er" for the first of the month (see local_time.cpp).
constexpr std::array<Translations, static_cast<std::size_t>(Message::count_)> kCatalogue{{
    {Message::email_greeting, "Hello {name},", "Bonjour {name},"},
    {Message::email_signature, "The MediMeet team", "L’équipe MediMeet"},
    {Message::email_link_fallback, "If the button does not work, copy this address into your browser:",
     "Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"},

    {Message::verify_email_subject, "Confirm your email address for MediMeet",
     "Confirmez votre adresse e-mail pour MediMeet"},
    {Message::verify_email_body, "Please confirm your email address by opening this link within 24 hours.",
     "Merci de confirmer votre adresse e-mail en ouvrant ce lien dans les 24 heures."},
    {Message::verify_email_action, "Confirm my email address", "Confirmer mon adresse e-mail"},
    {Message::verify_email_ignore, "If you did not create a MediMeet account, you can ignore this email.",
     "Si vous n’avez pas créé de compte MediMeet, vous pouvez ignorer cet e-mail."},
    {Message::reset_password_subject, "Reset your MediMeet password", "Réinitialisez votre mot de passe MediMeet"},
    {Message::reset_password_body,
     "Someone asked to reset the password of your MediMeet account. To choose a new password, open this "
     "link within one hour.",
     "Quelqu’un a demandé la réinitialisation du mot de passe de votre compte MediMeet. Pour en choisir un "
     "nouveau, ouvrez ce lien dans l’heure."},
    {Message::reset_password_action, "Choose a new password", "Choisir un nouveau mot de passe"},
    {Message::reset_password_ignore,
     "The link works once. If you did not ask for it, ignore this email: your password stays as it is.",
     "Le lien ne sert qu’une fois. Si vous n’avez rien demandé, ignorez cet e-mail : votre mot de passe "
     "reste inchangé."},
    {Message::invitation_subject, "Your MediMeet account", "Votre compte MediMeet"},
    {Message::invitation_body,
     "{practice} booked an appointment for you and opened your MediMeet account with this email address. "
     "Choose your password to see the appointment, move it or cancel it online; the link works for 7 days.",
     "{practice} a pris un rendez-vous pour vous et ouvert votre compte MediMeet avec cette adresse e-mail. "
     "Choisissez votre mot de passe pour voir le rendez-vous, le déplacer ou l’annuler en ligne ; le lien est "
     "valable 7 jours."},
    {Message::invitation_action, "Choose my password", "Choisir mon mot de passe"},
    {Message::invitation_ignore,
     "The link works once. After 7 days, ask for a new one with “Forgot your password?”.",
     "Le lien ne sert qu’une fois. Après 7 jours, demandez-en un nouveau avec « Mot de passe oublié ? »."},
    {Message::phone_code_sms, "Your MediMeet verification code is {code}. It expires in 10 minutes.",
     "Votre code de vérification MediMeet est {code}. Il expire dans 10 minutes."},

    {Message::booked_patient_subject, "Your MediMeet appointment is confirmed",
     "Votre rendez-vous MediMeet est confirmé"},
    {Message::booked_patient_message, "Your appointment with {doctor} on {when} is confirmed.",
     "Votre rendez-vous avec {doctor} le {when} est confirmé."},
    {Message::booked_doctor_subject, "New appointment", "Nouveau rendez-vous"},
    {Message::booked_doctor_message, "New appointment with {patient} on {when}.",
     "Nouveau rendez-vous avec {patient} le {when}."},
    {Message::moved_patient_subject, "Your MediMeet appointment has moved", "Votre rendez-vous MediMeet a été déplacé"},
    {Message::moved_patient_message, "Your appointment with {doctor} has moved to {when}.",
     "Votre rendez-vous avec {doctor} a été déplacé au {when}."},
    {Message::moved_doctor_subject, "An appointment has moved", "Un rendez-vous a été déplacé"},
    {Message::moved_doctor_message, "The appointment with {patient} has moved to {when}.",
     "Le rendez-vous avec {patient} a été déplacé au {when}."},
    {Message::canceled_by_patient_subject, "An appointment was canceled", "Un rendez-vous a été annulé"},
    {Message::canceled_by_patient_message, "{patient} canceled the appointment on {when}.",
     "{patient} a annulé le rendez-vous du {when}."},
    {Message::canceled_by_doctor_subject, "Your MediMeet appointment was canceled",
     "Votre rendez-vous MediMeet a été annulé"},
    {Message::canceled_by_doctor_message, "Your appointment with {doctor} on {when} was canceled by the practice.",
     "Votre rendez-vous avec {doctor} du {when} a été annulé par le cabinet."},
    {Message::canceled_unpaid_patient_message,
     "Your appointment with {doctor} on {when} was canceled: it was not paid in time. The time is free again; you "
     "can book another.",
     "Votre rendez-vous avec {doctor} du {when} a été annulé : il n’a pas été réglé à temps. Le créneau est de "
     "nouveau libre ; vous pouvez en réserver un autre."},
    {Message::canceled_unpaid_doctor_message, "The appointment with {patient} on {when} was canceled: it was not paid in time.",
     "Le rendez-vous avec {patient} du {when} a été annulé : il n’a pas été réglé à temps."},
    {Message::cancel_reason, "Reason: {reason}", "Motif : {reason}"},
    {Message::visit_reason_detail, "Reason for the visit: {reason}", "Motif de consultation : {reason}"},
    {Message::visit_instructions_detail, "Before you come: {instructions}", "Avant de venir : {instructions}"},
    {Message::practice_address_detail, "Address: {address}", "Adresse : {address}"},
    {Message::practice_access_detail, "Getting there: {notes}", "Accès : {notes}"},
    {Message::practice_phone_detail, "Practice phone: {phone}", "Téléphone du cabinet : {phone}"},
    {Message::change_deadline_detail, "You can cancel or move it online until {when}; after that, call the practice.",
     "Vous pouvez l’annuler ou le déplacer en ligne jusqu’au {when} ; ensuite, appelez le cabinet."},
    {Message::reminder_subject, "Reminder: your MediMeet appointment", "Rappel : votre rendez-vous MediMeet"},
    {Message::reminder_message, "Reminder: your appointment with {doctor} is on {when}.",
     "Rappel : votre rendez-vous avec {doctor} a lieu le {when}."},
    {Message::manage_appointment_action, "See, move or cancel the appointment",
     "Voir, déplacer ou annuler le rendez-vous"},
    {Message::open_agenda_action, "Open the agenda", "Ouvrir l’agenda"},
    {Message::calendar_event_summary, "Consultation with {name}", "Consultation avec {name}"},
    {Message::calendar_event_summary_with_reason, "{reason} with {name}", "{reason} avec {name}"},

    {Message::message_alert_subject, "You have a new message from {sender}", "Vous avez un nouveau message de {sender}"},
    {Message::message_alert_body,
     "{sender} wrote to you on MediMeet. For your privacy the message is not in this email: read it in the app.",
     "{sender} vous a écrit sur MediMeet. Pour préserver votre confidentialité, le message n’est pas dans cet "
     "e-mail : lisez-le dans l’application."},
    {Message::message_alert_action, "Read the message", "Lire le message"},

    {Message::prescription_issued_subject, "Your prescription is ready", "Votre ordonnance est prête"},
    {Message::prescription_issued_message, "{doctor} wrote your prescription for the video consultation of {when}.",
     "{doctor} a rédigé votre ordonnance pour la téléconsultation du {when}."},
    {Message::prescription_updated_subject, "Your prescription was updated", "Votre ordonnance a été modifiée"},
    {Message::prescription_updated_message, "{doctor} updated your prescription for the video consultation of {when}.",
     "{doctor} a modifié votre ordonnance pour la téléconsultation du {when}."},
    {Message::document_added_subject, "A new document for your consultation", "Un nouveau document pour votre consultation"},
    {Message::document_added_message, "{name} added a document to the video consultation of {when}.",
     "{name} a ajouté un document à la téléconsultation du {when}."},
    {Message::consultation_papers_privacy_detail,
     "For your privacy it is not in this email: open the consultation in the app to read or download it.",
     "Pour préserver votre confidentialité, il n’est pas dans cet e-mail : ouvrez la consultation dans "
     "l’application pour le lire ou le télécharger."},
    {Message::open_consultation_action, "Open the consultation", "Ouvrir la consultation"},
}};

constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < kCatalogue.size(); ++i) {
    if (static_cast<std::size_t>(kCatalogue[i].message) != i) return false;
  }
  return true;
}
static_assert(in_enum_order(), "kCatalogue lists the messages in the order of the enum, each once");

}  // namespace

std::string_view raw_text(Language language, Message message) {
  const auto& entry = kCatalogue.at(static_cast<std::size_t>(message));
  return language == Language::fr ? entry.fr : entry.en;
}

std::string text(Language language, Message message, std::initializer_list<Placeholder> values) {
  const auto source = raw_text(language, message);
  std::string result;
  result.reserve(source.size() + 64);
  std::size_t position = 0;
  while (position < source.size()) {
    const auto open = source.find('{', position);
    if (open == std::string_view::npos) break;
    const auto close = source.find('}', open);
    if (close == std::string_view::npos) break;
    result.append(source, position, open - position);
    const auto name = source.substr(open + 1, close - open - 1);
    const auto* value = std::find_if(values.begin(), values.end(), [&](const Placeholder& p) { return p.name == name; });
    if (value == values.end()) throw std::logic_error("message placeholder {" + std::string(name) + "} has no value");
    result.append(value->value);
    position = close + 1;
  }
  result.append(source, position);
  return result;
}

}  // namespace medimeet::i18n
