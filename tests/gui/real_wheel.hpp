#pragma once

class wxWindow;

namespace assessa::gui::testing {

// Puts the pointer over the middle of `window` and turns the real mouse wheel `notches` times
// (positive: down), through the X server as a user's mouse does, so the event reaches the
// native widget as well as wx. Returns false when the display cannot do it.
bool turn_wheel(wxWindow* window, int notches);

}  // namespace assessa::gui::testing
