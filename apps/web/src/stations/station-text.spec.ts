import { directionsHref, stationName } from './station-text';

describe(stationName.name, () => {
  it('names the station in English where it has an English name, in Chinese otherwise', () => {
    expect(stationName({ names: { 'zh-CN': '纸坊驿站', en: 'Zhifang Station' } }, 'en')).toBe('Zhifang Station');
    expect(stationName({ names: { 'zh-CN': '纸坊驿站', en: null } }, 'en')).toBe('纸坊驿站');
    expect(stationName({ names: { 'zh-CN': '纸坊驿站', en: 'Zhifang Station' } }, 'zh-CN')).toBe('纸坊驿站');
  });
});

describe(directionsHref.name, () => {
  it("points the phone's maps app at the station, labelled with its name", () => {
    expect(directionsHref({ lat: 30.35, lng: 114.32 }, '纸坊 驿站')).toBe(
      'geo:30.35,114.32?q=30.35,114.32(%E7%BA%B8%E5%9D%8A%20%E9%A9%BF%E7%AB%99)',
    );
  });
});
