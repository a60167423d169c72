import { useBundledFonts } from "./bundled-fonts";

useBundledFonts();
