#pragma once

#include <wx/bitmap.h>

#include <string>

namespace assessa::gui {

// A QR code of `text` (the live session's join address) as a black-on-white bitmap about
// `pixels` wide, with the four-module quiet zone that phone cameras need.
wxBitmap qr_image(const std::string& text, int pixels);

}  // namespace assessa::gui
