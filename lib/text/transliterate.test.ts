import { describe, expect, it } from "vitest";
import { hasCyrillic, hasNonLatinLetters, romanizeCyrillic, transliterateCyrillic } from "./transliterate";

describe("transliterateCyrillic", () => {
  it("writes Russian in Latin letters, keeping capitals", () => {
    expect(transliterateCyrillic("Ответ товарищу Иванову")).toBe("Otvet tovarishchu Ivanovu");
    expect(transliterateCyrillic("Щёлково, Юрьев, объявление")).toBe(
      "Shchelkovo, Iur'ev, obiavlenie".replace("'", ""),
    );
  });

  it("leaves Latin letters, digits and punctuation as they are", () => {
    expect(transliterateCyrillic("FO 371/22286 — «Правда»")).toBe("FO 371/22286 — «Pravda»");
  });
});

describe("romanizeCyrillic (Library of Congress, Chicago 11.103)", () => {
  it("keeps the soft and hard signs as the LC table's primes", () => {
    expect(romanizeCyrillic("Ответ товарищу Иванову Ивану Филипповичу")).toBe(
      "Otvet tovarishchu Ivanovu Ivanu Filippovichu",
    );
    expect(romanizeCyrillic("Объявление")).toBe("Obʺiavlenie");
    expect(romanizeCyrillic("опись, Известия, Щёлково, Юрьев")).toBe("opisʹ, Izvestiia, Shchelkovo, Iurʹev");
  });

  it("tells Cyrillic and other non-Latin scripts from Latin with accents", () => {
    expect(hasCyrillic("Правда")).toBe(true);
    expect(hasCyrillic("Réponse au camarade Ivanov")).toBe(false);
    expect(hasNonLatinLetters("Réponse, 1938 — «Ivanov»")).toBe(false);
    expect(hasNonLatinLetters("Ἀθηναίων πολιτεία")).toBe(true);
  });
});
