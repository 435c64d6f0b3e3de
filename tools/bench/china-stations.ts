/** Where the nearby bench puts its stations: China's larger cities, weighted roughly by population. */
export const CHINA_CITIES: { name: string; lat: number; lng: number; weight: number }[] = [
  { name: '上海', lat: 31.2304, lng: 121.4737, weight: 25 },
  { name: '北京', lat: 39.9042, lng: 116.4074, weight: 22 },
  { name: '重庆', lat: 29.563, lng: 106.5516, weight: 20 },
  { name: '广州', lat: 23.1291, lng: 113.2644, weight: 19 },
  { name: '深圳', lat: 22.5431, lng: 114.0579, weight: 18 },
  { name: '成都', lat: 30.5728, lng: 104.0668, weight: 17 },
  { name: '天津', lat: 39.3434, lng: 117.3616, weight: 14 },
  { name: '武汉', lat: 30.5928, lng: 114.3055, weight: 13 },
  { name: '西安', lat: 34.3416, lng: 108.9398, weight: 13 },
  { name: '杭州', lat: 30.2741, lng: 120.1551, weight: 12 },
  { name: '苏州', lat: 31.2989, lng: 120.5853, weight: 12 },
  { name: '郑州', lat: 34.7466, lng: 113.6254, weight: 12 },
  { name: '南京', lat: 32.0603, lng: 118.7969, weight: 9 },
  { name: '长沙', lat: 28.2282, lng: 112.9388, weight: 10 },
  { name: '东莞', lat: 23.0207, lng: 113.7518, weight: 10 },
  { name: '沈阳', lat: 41.8057, lng: 123.4315, weight: 9 },
  { name: '青岛', lat: 36.0671, lng: 120.3826, weight: 10 },
  { name: '合肥', lat: 31.8206, lng: 117.2272, weight: 9 },
  { name: '佛山', lat: 23.0215, lng: 113.1214, weight: 9 },
  { name: '济南', lat: 36.6512, lng: 117.1201, weight: 9 },
  { name: '哈尔滨', lat: 45.8038, lng: 126.535, weight: 9 },
  { name: '昆明', lat: 25.0389, lng: 102.7183, weight: 8 },
  { name: '大连', lat: 38.914, lng: 121.6147, weight: 7 },
  { name: '福州', lat: 26.0745, lng: 119.2965, weight: 8 },
  { name: '厦门', lat: 24.4798, lng: 118.0894, weight: 5 },
  { name: '南宁', lat: 22.817, lng: 108.3665, weight: 8 },
  { name: '长春', lat: 43.817, lng: 125.3235, weight: 9 },
  { name: '石家庄', lat: 38.0428, lng: 114.5149, weight: 11 },
  { name: '贵阳', lat: 26.647, lng: 106.6302, weight: 6 },
  { name: '南昌', lat: 28.682, lng: 115.8579, weight: 6 },
  { name: '太原', lat: 37.8706, lng: 112.5489, weight: 5 },
  { name: '乌鲁木齐', lat: 43.8256, lng: 87.6168, weight: 4 },
  { name: '兰州', lat: 36.0611, lng: 103.8343, weight: 4 },
  { name: '呼和浩特', lat: 40.8424, lng: 111.749, weight: 3 },
  { name: '海口', lat: 20.044, lng: 110.1999, weight: 3 },
  { name: '拉萨', lat: 29.652, lng: 91.1721, weight: 1 },
  { name: '西宁', lat: 36.6171, lng: 101.7782, weight: 2 },
  { name: '银川', lat: 38.4872, lng: 106.2309, weight: 3 },
];

/** mulberry32: a small seeded generator, so every run loads the same stations and asks the same questions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A point around a city: normally distributed, about `spreadKm` (one standard deviation) from its centre. */
export function pointNear(random: () => number, city: { lat: number; lng: number }, spreadKm: number): { lat: number; lng: number } {
  const radius = Math.sqrt(-2 * Math.log(1 - random())) * spreadKm;
  const angle = 2 * Math.PI * random();
  const dLat = (radius * Math.cos(angle)) / 111.2;
  const dLng = (radius * Math.sin(angle)) / (111.2 * Math.cos((city.lat * Math.PI) / 180));
  return { lat: city.lat + dLat, lng: city.lng + dLng };
}

/** A city picked in proportion to its weight. */
export function cityPicker(random: () => number): () => (typeof CHINA_CITIES)[number] {
  const total = CHINA_CITIES.reduce((sum, city) => sum + city.weight, 0);
  return () => {
    let pick = random() * total;
    for (const city of CHINA_CITIES) {
      pick -= city.weight;
      if (pick < 0) return city;
    }
    return CHINA_CITIES[CHINA_CITIES.length - 1];
  };
}
