#include "teleconsultations/prescription_pdf.hpp"

#include <hpdf.h>
#include <qrencode.h>

#include <memory>
#include <stdexcept>

#include "doctors/specialties.hpp"

namespace medimeet::teleconsultations {
namespace {

// libharu is C: its error handler must not throw through it. It keeps the first error, which
// prescription_pdf() throws once libharu has returned.
void on_hpdf_error(HPDF_STATUS error, HPDF_STATUS detail, void* first_error) {
  auto& kept = *static_cast<std::string*>(first_error);
  if (kept.empty()) kept = "libharu error " + std::to_string(error) + " (" + std::to_string(detail) + ")";
}

constexpr float kMargin = 56;  // points: about 2 cm

// Writes lines downwards from the top of the page.
class PageWriter {
 public:
  PageWriter(HPDF_Page page, HPDF_Font font) : page_(page), font_(font), y_(HPDF_Page_GetHeight(page) - kMargin) {}

  void line(const std::string& text, float size = 11, float gap = 4) {
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, font_, size);
    HPDF_Page_TextOut(page_, kMargin, y_ - size, text.c_str());
    HPDF_Page_EndText(page_);
    y_ -= size + gap;
  }
  void space(float points) { y_ -= points; }
  float y() const { return y_; }

 private:
  HPDF_Page page_;
  HPDF_Font font_;
  float y_;
};

// The QR code of `text`, its dark modules as filled squares, with its top right corner at (right, top).
void draw_qr_code(HPDF_Page page, const std::string& text, float right, float top, float size) {
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                       &QRcode_free);
  if (!code) throw std::runtime_error("the QR code could not be made");
  constexpr int kQuietZone = 4;  // modules of white around it, as readers expect
  const int modules = code->width + 2 * kQuietZone;
  const float module = size / static_cast<float>(modules);
  const float left = right - size;
  HPDF_Page_SetRGBFill(page, 0, 0, 0);
  for (int row = 0; row < code->width; ++row) {
    for (int column = 0; column < code->width; ++column) {
      if ((code->data[row * code->width + column] & 1) == 0) continue;
      HPDF_Page_Rectangle(page, left + static_cast<float>(column + kQuietZone) * module,
                          top - static_cast<float>(row + kQuietZone + 1) * module, module, module);
    }
  }
  HPDF_Page_Fill(page);
}

std::string specialty_name(const doctors::Doctor& doctor) {
  if (!doctor.specialty) return "";
  const auto* known = doctors::find_specialty(*doctor.specialty);
  return known ? std::string(known->name_fr) : *doctor.specialty;
}

// "2026-12-01T00:00:00.000Z" -> "01/12/2026", as French prescriptions write dates.
std::string french_date(TimePoint instant) {
  const auto iso = format_iso8601(instant);
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

}  // namespace

std::string prescription_pdf(const PrescriptionSheet& sheet, std::string_view font_file) {
  std::string error;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> pdf(HPDF_New(on_hpdf_error, &error),
                                                                             &HPDF_Free);
  if (!pdf) throw std::runtime_error("libharu could not start a document");
  HPDF_UseUTFEncodings(pdf.get());
  HPDF_SetCurrentEncoder(pdf.get(), "UTF-8");
  const char* font_name = HPDF_LoadTTFontFromFile(pdf.get(), std::string(font_file).c_str(), HPDF_TRUE);
  if (font_name == nullptr) throw std::runtime_error("the font " + std::string(font_file) + " does not load: " + error);
  auto* font = HPDF_GetFont(pdf.get(), font_name, "UTF-8");
  auto* page = HPDF_AddPage(pdf.get());
  HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);

  const auto& doctor = sheet.prescriber;
  PageWriter writer(page, font);
  writer.line((doctors::doctor_title(doctor) ? "Dr " : "") + doctor.name, 16, 6);
  if (auto specialty = specialty_name(doctor); !specialty.empty()) writer.line(specialty);
  writer.line("RPPS : " + doctor.rpps_number.value_or(""));
  if (doctor.address) {
    writer.line(doctor.address->street);
    writer.line(doctor.address->postcode + " " + doctor.address->city);
  }
  if (doctor.phone) writer.line("Tél. : " + *doctor.phone);
  draw_qr_code(page, sheet.verification_url, HPDF_Page_GetWidth(page) - kMargin, HPDF_Page_GetHeight(page) - kMargin,
               110);

  writer.space(30);
  writer.line("Ordonnance du " + french_date(sheet.prescription.prescribed_at), 14, 10);
  writer.line("Patient : " + sheet.patient_name);
  if (sheet.patient_date_of_birth) writer.line("Né(e) le " + french_date(*sheet.patient_date_of_birth));
  writer.space(20);
  for (const auto& item : sheet.prescription.content.items) {
    writer.line(item.medication, 12, 3);
    std::string details;
    for (const auto* part : {&item.dosage, &item.frequency, &item.duration}) {
      if (!part->empty()) details += (details.empty() ? "" : " — ") + *part;
    }
    if (!details.empty()) writer.line("    " + details, 10, 2);
    if (!item.instructions.empty()) writer.line("    " + item.instructions, 10, 2);
    writer.space(8);
  }
  if (!sheet.prescription.content.notes.empty()) {
    writer.space(10);
    std::size_t start = 0;
    const auto& notes = sheet.prescription.content.notes;
    while (start <= notes.size()) {
      auto end = notes.find('\n', start);
      if (end == std::string::npos) end = notes.size();
      writer.line(notes.substr(start, end - start), 10, 2);
      start = end + 1;
    }
  }
  writer.space(30);
  writer.line("Vérifier cette ordonnance : " + sheet.verification_url, 8);

  HPDF_SaveToStream(pdf.get());
  if (!error.empty()) throw std::runtime_error("the prescription's PDF failed: " + error);
  std::string bytes(HPDF_GetStreamSize(pdf.get()), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(pdf.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  bytes.resize(size);
  return bytes;
}

}  // namespace medimeet::teleconsultations
