import { describe, expect, it } from "vitest";
import { transliterateCyrillic } from "./transliterate";

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
