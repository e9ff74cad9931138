import { makeFinding, type Finding } from '../findings.js';
import { resolveConfig } from '../config.js';
import type { DocOf } from './types.js';

/** Cross-key rules of the config (PRODUCT.md `kind: konfigurasi`). */
export function checkKonfigurasi(doc: DocOf<'konfigurasi'>): Finding[] {
  const out: Finding[] = [];
  const k = doc.data;
  const c = resolveConfig(k);
  const at = (jalur: string) => ({ path: doc.path, jalur });
  const hkAmbang = k.hasil_kerja?.ambang;
  if (c.hasilKerja.ambang.sesuai >= c.hasilKerja.ambang.diAtas) {
    out.push(
      makeFinding('KONFIGURASI_AMBANG', at(hkAmbang?.sesuai !== undefined ? '/hasil_kerja/ambang/sesuai' : '/hasil_kerja/ambang/di_atas'), {
        bagian: 'hasil_kerja',
        sesuai: c.hasilKerja.ambang.sesuai,
        di_atas: c.hasilKerja.ambang.diAtas,
      }),
    );
  }
  if (c.hasilKerja.batasCapaian <= c.hasilKerja.ambang.diAtas) {
    out.push(
      makeFinding('KONFIGURASI_BATAS_CAPAIAN', at('/hasil_kerja/batas_capaian'), {
        batas_capaian: c.hasilKerja.batasCapaian,
        di_atas: c.hasilKerja.ambang.diAtas,
      }),
    );
  }
  const { skala, ambang } = c.perilaku;
  if (skala.min >= skala.maks) {
    out.push(makeFinding('KONFIGURASI_SKALA', at('/perilaku/skala'), { min: skala.min, maks: skala.maks }));
  }
  const pAmbang = k.perilaku?.ambang;
  if (ambang.sesuai >= ambang.diAtas) {
    out.push(
      makeFinding('KONFIGURASI_AMBANG', at(pAmbang?.sesuai !== undefined ? '/perilaku/ambang/sesuai' : '/perilaku/ambang/di_atas'), {
        bagian: 'perilaku',
        sesuai: ambang.sesuai,
        di_atas: ambang.diAtas,
      }),
    );
  }
  for (const key of ['di_atas', 'sesuai'] as const) {
    const v = key === 'di_atas' ? ambang.diAtas : ambang.sesuai;
    if (skala.min < skala.maks && (v < skala.min || v > skala.maks)) {
      out.push(
        makeFinding('KONFIGURASI_AMBANG_SKALA', at(pAmbang?.[key] !== undefined ? `/perilaku/ambang/${key}` : '/perilaku/skala'), {
          kunci: key,
          nilai: v,
          min: skala.min,
          maks: skala.maks,
        }),
      );
    }
  }
  const bobot = c.perilaku.bobotPeran;
  if (bobot.atasan + bobot.rekan + bobot.bawahan + bobot.diri <= 0) {
    out.push(makeFinding('KONFIGURASI_BOBOT_PERAN', at('/perilaku/bobot_peran'), {}));
  }
  return out;
}
