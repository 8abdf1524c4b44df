/** The gemeente the programme's areas lie in; its figures are the city's, shown beside every area's. */
export const cityCode = "GM0014";
