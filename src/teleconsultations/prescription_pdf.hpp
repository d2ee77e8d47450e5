#pragma once

#include <string>
#include <string_view>

#include "teleconsultations/teleconsultation_service.hpp"

namespace medimeet::teleconsultations {

// Where Debian's fonts-dejavu-core puts a Unicode TrueType font, so accents print.
inline constexpr std::string_view kPrescriptionFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

// The prescription as an A4 PDF (libharu): the prescriber's name, specialty, RPPS number and
// address, the patient's name and date of birth, the date, the lines, the notes, and a QR code
// (libqrencode) of the address that verifies it. Throws std::runtime_error when libharu fails.
std::string prescription_pdf(const PrescriptionSheet& sheet, std::string_view font_file = kPrescriptionFont);

}  // namespace medimeet::teleconsultations
