#include "app/gui/workshop/qr_image.hpp"

#include <qrcodegen/qrcodegen.hpp>

#include <wx/dcmemory.h>

#include <algorithm>

namespace assessa::gui {

wxBitmap qr_image(const std::string& text, int pixels) {
    using qrcodegen::QrCode;
    const QrCode code = QrCode::encodeText(text.c_str(), QrCode::Ecc::MEDIUM);
    constexpr int quiet = 4;
    const int modules = code.getSize() + 2 * quiet;
    const int scale = std::max(1, pixels / modules);
    wxBitmap image(modules * scale, modules * scale);
    wxMemoryDC dc(image);
    dc.SetBackground(*wxWHITE_BRUSH);
    dc.Clear();
    dc.SetPen(*wxTRANSPARENT_PEN);
    dc.SetBrush(*wxBLACK_BRUSH);
    for (int y = 0; y < code.getSize(); ++y)
        for (int x = 0; x < code.getSize(); ++x)
            if (code.getModule(x, y)) dc.DrawRectangle((x + quiet) * scale, (y + quiet) * scale, scale, scale);
    dc.SelectObject(wxNullBitmap);
    return image;
}

}  // namespace assessa::gui
