// What a file is comes from its content: the accepted medical formats pass under their own
// type, anything else, or anything declared as what it is not, does not.
#include "files/file_type.hpp"

#include <gtest/gtest.h>

namespace medimeet::files {
namespace {

const std::string kPdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0", 29);
const std::string kJpeg = std::string("\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 20);
const std::string kWebp = std::string("RIFF\x24\0\0\0WEBPVP8 \x18\0\0\0", 20) + std::string(24, '\0');
const std::string kElf = std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0", 20) + std::string(44, '\0');

TEST(FileType, TheAcceptedFormatsAreKnownByTheirContent) {
  EXPECT_EQ(sniff_media_type(kPdf), "application/pdf");
  EXPECT_EQ(sniff_media_type(kPng), "image/png");
  EXPECT_EQ(sniff_media_type(kJpeg), "image/jpeg");
  EXPECT_EQ(sniff_media_type(kWebp), "image/webp");
  EXPECT_EQ(sniff_media_type("Résultats : glycémie 0,95 g/L\n"), "text/plain");
  EXPECT_EQ(checked_media_type("application/pdf", kPdf), "application/pdf");
  EXPECT_EQ(checked_media_type("Image/PNG; name=scan.png", kPng), "image/png") << "parameters and case aside";
  EXPECT_EQ(checked_media_type("text/plain; charset=utf-8", "Bonjour\n"), "text/plain");
}

TEST(FileType, AMislabelledOrUnacceptedFileIsRefused) {
  EXPECT_EQ(checked_media_type("application/pdf", kElf), std::nullopt) << "an executable sent as a PDF";
  EXPECT_EQ(checked_media_type("application/x-executable", kElf), std::nullopt);
  EXPECT_EQ(checked_media_type("image/png", kPdf), std::nullopt) << "a PDF sent as an image";
  EXPECT_EQ(checked_media_type("application/pdf", "<html><script>alert(1)</script></html>"), std::nullopt);
  EXPECT_EQ(checked_media_type("", kPdf), std::nullopt) << "no type declared";
  EXPECT_FALSE(is_accepted_media_type("application/zip"));
}

}  // namespace
}  // namespace medimeet::files
