import { drawWithBundledFonts } from "./bundled-fonts";

drawWithBundledFonts();
